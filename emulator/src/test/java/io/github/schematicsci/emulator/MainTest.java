package io.github.schematicsci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class MainTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void startsOnAFreePortWritesTheEndpointsFileAndServesTheDemoKey(@TempDir Path dir) throws IOException {
    Path endpoints = dir.resolve("sub/endpoints.json");
    Main.Started started = Main.start(new String[] {"--port", "0", "--endpoints-file", endpoints.toString()}, out);
    try {
      JsonNode file = TestHttp.JSON.readTree(Files.readString(endpoints));
      Emulator emu = started.emulator();
      assertThat(file.get("iam").asText()).isEqualTo(emu.iamUrl());
      assertThat(file.get("accounts").asText()).isEqualTo(emu.accountsUrl());
      assertThat(file.get("schematics").asText()).isEqualTo(emu.schematicsUrlTemplate());
      assertThat(fieldCount(file)).isEqualTo(3);
      assertThat(Files.list(endpoints.getParent())).containsExactly(endpoints);

      assertThat(printed.toString(StandardCharsets.UTF_8)).contains(emu.iamUrl(), emu.schematicsUrlTemplate(),
          "Demo API key: " + DemoSeed.API_KEY, endpoints.toString());
      assertThat(new TestHttp(emu).accessToken(DemoSeed.API_KEY)).isNotBlank();
    } finally {
      started.stop();
    }
    assertThat(endpoints).doesNotExist();
  }

  @Test
  void httpsPutsTheTrustStoreInTheEndpointsFileAndTheBanner(@TempDir Path dir) throws Exception {
    Path endpoints = dir.resolve("endpoints.json");
    Main.Started started = Main.start(new String[] {"--https", "--endpoints-file", endpoints.toString()}, out);
    Path trustStore;
    try {
      Emulator emu = started.emulator();
      JsonNode file = TestHttp.JSON.readTree(Files.readString(endpoints));
      trustStore = emu.trustStore();
      assertThat(file.get("iam").asText()).isEqualTo(emu.iamUrl()).startsWith("https://127.0.0.1:");
      assertThat(file.get("schematics").asText()).isEqualTo(emu.schematicsUrlTemplate());
      assertThat(file.get("trustStore").asText()).isEqualTo(trustStore.toString());
      assertThat(file.get("trustStorePassword").asText()).isEqualTo("changeit");
      assertThat(fieldCount(file)).isEqualTo(5);

      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("(HTTPS, self-signed certificate",
          "  IAM:        https://127.0.0.1:" + emu.port(),
          "  Trust store: " + trustStore + "  (PKCS12, password changeit; deleted when the emulator stops)");
      TestHttp http = new TestHttp(emu, TestHttp.clientBuilder().sslContext(HttpsTest.trusting(emu)).build());
      assertThat(http.accessToken(DemoSeed.API_KEY)).isNotBlank();
    } finally {
      started.stop();
    }
    assertThat(trustStore).doesNotExist();
    assertThat(endpoints).doesNotExist();
  }

  @Test
  void plainHttpEndpointsHaveNoTrustStore(@TempDir Path dir) throws IOException {
    Path endpoints = dir.resolve("endpoints.json");
    Main.Started started = Main.start(new String[] {"--https=false", "--endpoints-file", endpoints.toString()}, out);
    try {
      JsonNode file = TestHttp.JSON.readTree(Files.readString(endpoints));
      assertThat(file.has("trustStore")).isFalse();
      assertThat(file.get("iam").asText()).startsWith("http://");
      assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("Trust store", "HTTPS");
    } finally {
      started.stop();
    }
  }

  @Test
  void optionsConfigureTheEmulator(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, Seed.demo().toJson());
    Main.Started started = Main.start(new String[] {"--seed=" + seed, "--token-lifetime", "60", "--rate-limit", "0",
        "--accounts-page-size", "1"}, out);
    try {
      TestHttp http = new TestHttp(started.emulator());
      JsonNode token = TestHttp.json(http.token("grant_type", TestHttp.APIKEY_GRANT, "apikey", DemoSeed.API_KEY));
      assertThat(token.get("expires_in").asInt()).isEqualTo(60);
      JsonNode accounts = TestHttp.json(http.get(started.emulator().accountsUrl() + "/coe/v2/accounts",
          token.get("access_token").asText()));
      assertThat(accounts.get("resources").size()).isEqualTo(1);
      assertThat(printed.toString(StandardCharsets.UTF_8)).as("no demo key for a custom seed").doesNotContain("Demo API key");
    } finally {
      started.stop();
    }
  }

  @Test
  void usesATickingClock() throws IOException {
    Main.Started started = Main.start(new String[0], out);
    try {
      java.time.Instant before = started.emulator().clock().instant();
      assertThat(before).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plusSeconds(1));
      java.time.Instant later = java.time.Instant.now().plusMillis(5);
      while (java.time.Instant.now().isBefore(later)) {
        Thread.onSpinWait();
      }
      assertThat(started.emulator().clock().instant()).as("a standing clock would not move").isAfter(before);
    } finally {
      started.stop();
    }
  }

  @Test
  void helpPrintsUsage() throws IOException {
    assertThat(Main.start(new String[] {"--help"}, out)).isNull();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--endpoints-file", "--token-lifetime", "--https");
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> Main.start(new String[] {"--port", "abc"}, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--port must be a whole number: 'abc'");
    assertThatThrownBy(() -> Main.start(new String[] {"--port"}, out)).hasMessage("--port needs a value");
    assertThatThrownBy(() -> Main.start(new String[] {"--colour", "red"}, out)).hasMessage("unknown option --colour");
    assertThatThrownBy(() -> Main.start(new String[] {"--rate-limit", "-1"}, out)).hasMessageContaining("rateLimitPerMinute");
    assertThatThrownBy(() -> Main.start(new String[] {"--https=yes"}, out))
        .hasMessage("--https takes no value, or true or false: 'yes'");
  }

  private static int fieldCount(JsonNode node) {
    int[] count = {0};
    node.fieldNames().forEachRemaining(name -> count[0]++);
    return count[0];
  }
}
