package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest extends EmulatorTestSupport {

  @Override
  Emulator.Builder configure(Emulator.Builder builder) {
    return builder.rateLimitPerMinute(3);
  }

  @Test
  void moreThanTheBudgetInAMinuteIs429WithRetryAfterUntilTheMinuteEnds() {
    String token = http.accessToken(DemoSeed.API_KEY);
    clock.set(START.plusSeconds(15)); // 10:15:45 -> the window ends in 15 s
    for (int i = 0; i < 3; i++) {
      assertThat(list("us-south", token).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> limited = list("us-south", token);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("15");
    assertThat(json(limited).get("messageid").asText()).isEqualTo("M9429");
    assertThat(json(limited).get("statuscode").asInt()).isEqualTo(429);
  }

  @Test
  void advancingTheClockToTheNextMinuteRestoresTheBudget() {
    String token = http.accessToken(DemoSeed.API_KEY);
    for (int i = 0; i < 3; i++) {
      list("us-south", token);
    }
    assertThat(list("us-south", token).statusCode()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(30));

    assertThat(list("us-south", token).statusCode()).isEqualTo(200);
  }

  @Test
  void theBudgetIsPerRegionAndPerUser() {
    String alice = http.accessToken(DemoSeed.API_KEY);
    String serviceId = http.accessToken(DemoSeed.API_KEY_SERVICE_ID);
    for (int i = 0; i < 3; i++) {
      list("us-south", alice);
    }
    assertThat(list("us-south", alice).statusCode()).isEqualTo(429);

    assertThat(list("eu-de", alice).statusCode()).isEqualTo(200);
    assertThat(list("us-south", serviceId).statusCode()).isEqualTo(200);
  }

  @Test
  void retryAfterIsAtLeastOneSecond() {
    String token = http.accessToken(DemoSeed.API_KEY);
    clock.set(START.plusSeconds(29).plusMillis(900)); // 10:15:59.9
    for (int i = 0; i < 3; i++) {
      list("us-south", token);
    }

    assertThat(list("us-south", token).headers().firstValue("Retry-After")).hasValue("1");
  }

  @Test
  void zeroTurnsTheLimitOff() throws Exception {
    try (Emulator unlimited = Emulator.builder().clock(clock).rateLimitPerMinute(0).start()) {
      TestHttp client = new TestHttp(unlimited);
      String token = client.accessToken(DemoSeed.API_KEY);
      for (int i = 0; i < 60; i++) {
        assertThat(client.get(unlimited.schematicsUrl("us-south") + "/v1/workspaces?profile=ids", token).statusCode())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void theDefaultIs50PerMinute() throws Exception {
    try (Emulator standard = Emulator.builder().clock(clock).start()) {
      TestHttp client = new TestHttp(standard);
      String token = client.accessToken(DemoSeed.API_KEY);
      for (int i = 0; i < 50; i++) {
        assertThat(client.get(standard.schematicsUrl("us-south") + "/v1/workspaces?profile=ids", token).statusCode())
            .isEqualTo(200);
      }
      assertThat(client.get(standard.schematicsUrl("us-south") + "/v1/workspaces?profile=ids", token).statusCode())
          .isEqualTo(429);
    }
  }

  private HttpResponse<String> list(String region, String token) {
    return http.get(emu.schematicsUrl(region) + "/v1/workspaces?profile=ids", token);
  }
}
