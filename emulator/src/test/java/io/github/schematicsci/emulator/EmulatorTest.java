package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class EmulatorTest {

  @Test
  void urlsPointAtLoopback() throws IOException {
    try (Emulator emu = Emulator.builder().start()) {
      String base = "http://127.0.0.1:" + emu.port();
      assertThat(emu.port()).isPositive();
      assertThat(emu.iamUrl()).isEqualTo(base);
      assertThat(emu.accountsUrl()).isEqualTo(base);
      assertThat(emu.schematicsUrlTemplate()).isEqualTo(base + "/schematics/{region}");
      assertThat(emu.schematicsUrl("eu-gb")).isEqualTo(base + "/schematics/eu-gb");
      assertThat(emu.schematicsUrl("us")).isEqualTo(base + "/schematics/us");
      assertThat(emu.toString()).isEqualTo("Emulator[" + base + "]");
    }
  }

  @Test
  void schematicsUrlRejectsUnknownRegions() throws IOException {
    try (Emulator emu = Emulator.builder().start()) {
      assertThatThrownBy(() -> emu.schematicsUrl("us_south")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("region must be one of us-south, us-east, eu-de, eu-gb, ca-tor, ca-mon, us, eu: 'us_south'");
    }
  }

  @Test
  void defaultsAreTheDemoSeedAndAClockAtTheRealTime() throws IOException {
    try (Emulator emu = Emulator.builder().start()) {
      assertThat(emu.state().snapshot()).isEqualTo(Seed.demo());
      assertThat(emu.clock().instant()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
      assertThat(emu.seedSecrets()).contains(DemoSeed.API_KEY, DemoSeed.ALICE_PASSWORD, DemoSeed.BOB_PASSCODES.get(0));
      assertThat(emu.issuedTokens()).isEmpty();
    }
  }

  @Test
  void seedAndSeedFileReplaceEachOther(@TempDir Path dir) throws IOException {
    Seed small = Seed.builder().account(Seed.Account.of("0123456789abcdef0123456789abcdef", "Small")).build();
    Path file = dir.resolve("seed.json");
    Files.writeString(file, small.toJson());

    try (Emulator fromFile = Emulator.builder().seed(Seed.demo()).seedFile(file).start()) {
      assertThat(fromFile.state().snapshot()).isEqualTo(small);
    }
    try (Emulator fromSeed = Emulator.builder().seedFile(file).seed(small).start()) {
      assertThat(fromSeed.state().snapshot()).isEqualTo(small);
    }
    try (Emulator demo = Emulator.builder().seed(small).demoSeed().start()) {
      assertThat(demo.state().snapshot()).isEqualTo(Seed.demo());
    }
  }

  @Test
  void aMissingSeedFileFailsAtStart(@TempDir Path dir) {
    Emulator.Builder builder = Emulator.builder().seedFile(dir.resolve("missing.json"));

    assertThatThrownBy(builder::start).isInstanceOf(IOException.class).hasMessageContaining("missing.json");
  }

  @Test
  void builderRejectsBadSettingsNamingThem() {
    Emulator.Builder builder = Emulator.builder();
    assertThatThrownBy(() -> builder.port(-1)).hasMessage("port must be 0..65535: -1");
    assertThatThrownBy(() -> builder.port(70_000)).hasMessage("port must be 0..65535: 70000");
    assertThatThrownBy(() -> builder.tokenLifetime(Duration.ZERO)).hasMessage("tokenLifetime < 1s: PT0S");
    assertThatThrownBy(() -> builder.tokenLifetime(Duration.ofMillis(1500)))
        .hasMessage("tokenLifetime must be whole seconds: PT1.5S");
    assertThatThrownBy(() -> builder.refreshTokenLifetime(Duration.ofSeconds(-1)))
        .hasMessage("refreshTokenLifetime < 1s: PT-1S");
    assertThatThrownBy(() -> builder.accountsPageSize(0)).hasMessage("accountsPageSize < 1: 0");
    assertThatThrownBy(() -> builder.rateLimitPerMinute(-1)).hasMessage("rateLimitPerMinute < 0: -1 (0 turns it off)");
    assertThatThrownBy(() -> builder.threads(0)).hasMessage("threads must be 1..256: 0");
    assertThatThrownBy(() -> builder.requestLogCapacity(0)).hasMessage("requestLogCapacity < 1: 0");
    assertThatThrownBy(() -> builder.seed(null)).isInstanceOf(NullPointerException.class).hasMessage("seed");
  }

  @Test
  void aTakenPortFailsWithAnIoException() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> Emulator.builder().port(taken.getLocalPort()).start()).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aFixedPortIsUsed() throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      free = probe.getLocalPort();
    }
    try (Emulator emu = Emulator.builder().port(free).start()) {
      assertThat(emu.port()).isEqualTo(free);
    }
  }

  @Test
  void closeStopsAcceptingConnectionsAndIsIdempotent() throws IOException {
    Emulator emu = Emulator.builder().start();
    int port = emu.port();

    emu.close();
    emu.close();

    assertThatThrownBy(() -> new Socket(InetAddress.getByName("127.0.0.1"), port).close())
        .isInstanceOf(ConnectException.class);
    assertThat(emu.toString()).endsWith(", closed]");
  }

  @Test
  void servesManyClientsAtOnce() throws Exception {
    try (Emulator emu = Emulator.builder().rateLimitPerMinute(0).threads(4).start()) {
      TestHttp http = new TestHttp(emu);
      String token = http.accessToken(DemoSeed.API_KEY);
      ExecutorService clients = Executors.newFixedThreadPool(16);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          results.add(clients.submit(() -> json(http.get(emu.schematicsUrl("us") + "/v1/workspaces", token))
              .get("count").asInt()));
        }
        for (Future<Integer> result : results) {
          assertThat(result.get()).isEqualTo(9);
        }
      } finally {
        clients.shutdownNow();
      }
      assertThat(emu.requests().count(Route.WORKSPACES_LIST)).isEqualTo(200);
    }
  }

  @Test
  void aDelayedRequestDoesNotBlockTheOthers() throws Exception {
    try (Emulator emu = Emulator.builder().start()) {
      emu.faults().next(Route.WORKSPACES_LIST, Fault.delay(Duration.ofMinutes(5)));
      TestHttp http = new TestHttp(emu);
      String token = http.accessToken(DemoSeed.API_KEY);
      Thread stuck = new Thread(() -> {
        try {
          http.get(emu.schematicsUrl("us") + "/v1/workspaces", token);
        } catch (RuntimeException expected) {
          // the emulator closes while this request waits
        }
      });
      stuck.setDaemon(true);
      stuck.start();
      while (emu.faults().pending(Route.WORKSPACES_LIST) > 0) {
        Thread.onSpinWait();
      }

      assertThat(http.get(emu.schematicsUrl("us") + "/v1/workspaces", token).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void randomSeedMakesTokensRepeatable() throws IOException {
    EmulatorClock clock = new EmulatorClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    String first;
    String second;
    try (Emulator one = Emulator.builder().clock(clock).randomSeed(7).start()) {
      first = new TestHttp(one).accessToken(DemoSeed.API_KEY);
    }
    try (Emulator two = Emulator.builder().clock(clock).randomSeed(7).start()) {
      second = new TestHttp(two).accessToken(DemoSeed.API_KEY);
    }

    assertThat(first).isEqualTo(second);
  }
}
