package io.github.schematicsci.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as read from the wire, secrets included. Lives only while the request is handled; the log keeps
 * a redacted {@link RecordedRequest} instead.
 *
 * @param headers names in lower case
 * @param form the decoded form body, empty unless the body is {@code application/x-www-form-urlencoded}
 * @param bodyTooLarge the body was longer than {@link #MAX_BODY} bytes and was not read
 */
record IncomingRequest(String requestId, Instant receivedAt, String method, String rawPath, RoutedPath routed,
    Map<String, String> query, Map<String, List<String>> headers, Map<String, String> form, boolean bodyTooLarge) {
  static final int MAX_BODY = 1 << 20;

  static IncomingRequest read(HttpExchange exchange, String requestId, Instant receivedAt) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    if (rawPath == null || rawPath.isEmpty()) {
      rawPath = "/";
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
    headers.replaceAll((name, values) -> List.copyOf(values));

    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    boolean tooLarge = body.length > MAX_BODY;
    Map<String, String> form = Map.of();
    List<String> contentType = headers.get("content-type");
    if (!tooLarge && contentType != null && !contentType.isEmpty()
        && contentType.get(0).toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      form = PercentDecoding.parsePairs(new String(body, StandardCharsets.UTF_8));
    }
    return new IncomingRequest(requestId, receivedAt, exchange.getRequestMethod(), rawPath, RoutedPath.of(rawPath),
        PercentDecoding.parsePairs(exchange.getRequestURI().getRawQuery()), Collections.unmodifiableMap(headers),
        form, tooLarge);
  }

  /** The first value of a header, or null; {@code lowerCaseName} must be lower case. */
  String header(String lowerCaseName) {
    List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  Route route() {
    return routed.route();
  }
}
