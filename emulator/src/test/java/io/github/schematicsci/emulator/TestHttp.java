package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small JDK HttpClient wrapper for talking to the emulator over real HTTP. */
final class TestHttp {
  static final String BX_BX = "Basic " + Base64.getEncoder().encodeToString("bx:bx".getBytes(StandardCharsets.UTF_8));
  static final ObjectMapper JSON = new ObjectMapper();
  static final String APIKEY_GRANT = "urn:ibm:params:oauth:grant-type:apikey";
  static final String PASSCODE_GRANT = "urn:ibm:params:oauth:grant-type:passcode";

  private final HttpClient client;
  private final Emulator emulator;

  TestHttp(Emulator emulator) {
    this(emulator, clientBuilder().build());
  }

  /** Talks to {@code emulator} through {@code client} (e.g. one with an SSLContext trusting the emulator). */
  TestHttp(Emulator emulator, HttpClient client) {
    this.emulator = emulator;
    this.client = client;
  }

  /** The settings every test client shares: HTTP/1.1, 5 s connect timeout, no redirects. */
  static HttpClient.Builder clientBuilder() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER);
  }

  /** Form fields in order; pass name, value, name, value... */
  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  /** The spec's request shape for a grant: Basic bx:bx, cloud_iam uaa, cf, empty secret, plus the fields. */
  HttpResponse<String> token(String... fields) {
    Map<String, String> form = form("response_type", "cloud_iam uaa", "uaa_client_id", "cf", "uaa_client_secret", "");
    form.putAll(form(fields));
    return post("/identity/token", BX_BX, form);
  }

  HttpResponse<String> post(String path, String authorization, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.iamUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  /** Returns the access token of a successful API-key grant with the bx client. */
  String accessToken(String apikey) {
    return field(token("grant_type", APIKEY_GRANT, "apikey", apikey), "access_token");
  }

  HttpResponse<String> get(String url, String bearerToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET()
        .header("Accept", "application/json");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and returns the exception the client saw (for resets); fails if a response arrived. */
  IOException sendExpectingFailure(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      throw new AssertionError("expected the exchange to fail, got " + response.statusCode() + " "
          + body.substring(0, Math.min(200, body.length())));
    } catch (IOException e) {
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  static String field(HttpResponse<String> response, String name) {
    JsonNode value = json(response).get(name);
    if (response.statusCode() != 200 || value == null) {
      throw new AssertionError("expected 200 with " + name + ", got " + response.statusCode() + " " + response.body());
    }
    return value.asText();
  }

  /** The decoded payload of a JWT. */
  static JsonNode claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      throw new AssertionError("not a JWT: " + parts.length + " segments");
    }
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode header(String jwt) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
