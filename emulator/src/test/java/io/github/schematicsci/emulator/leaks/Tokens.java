package io.github.schematicsci.emulator.leaks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schematicsci.emulator.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Gets tokens from an emulator over HTTP, as a client would. */
final class Tokens {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Tokens() {}

  /** Returns the access token of an API-key grant of the bx client (which also issues a refresh token). */
  static String issue(Emulator emulator, String apiKey) throws IOException, InterruptedException {
    String form = "grant_type=" + URLEncoder.encode("urn:ibm:params:oauth:grant-type:apikey", StandardCharsets.UTF_8)
        + "&apikey=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.iamUrl() + "/identity/token"))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Basic Yng6Yng=")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("token request failed: " + response.statusCode());
    }
    return new ObjectMapper().readTree(response.body()).get("access_token").asText();
  }
}
