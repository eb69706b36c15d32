package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before it is written: status, headers, body. */
record Response(int status, Map<String, String> headers, byte[] body) {
  static final String JSON = "application/json";

  Response {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  static Response json(int status, JsonNode body) {
    return new Response(status, Map.of("Content-Type", JSON), Json.bytes(body));
  }

  static Response raw(int status, String contentType, String body) {
    Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
    return new Response(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  Response withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Response(status, copy, body);
  }
}
