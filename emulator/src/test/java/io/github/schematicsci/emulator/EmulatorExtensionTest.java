package io.github.schematicsci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmulatorExtensionTest {

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTest {
    @RegisterExtension
    final EmulatorExtension emulator = EmulatorExtension.builder().tokenLifetime(Duration.ofSeconds(120)).build();

    private final Set<Integer> ports = PORTS;

    @BeforeEach
    void beforeEachCanTakeIt(Emulator emu) {
      assertThat(emu).isSameAs(emulator.get());
    }

    @Test
    @Order(1)
    void startsAnEmulatorForTheTest(Emulator emu) {
      assertThat(TestHttp.json(new TestHttp(emu).token("grant_type", TestHttp.APIKEY_GRANT, "apikey", DemoSeed.API_KEY))
          .get("expires_in").asInt()).isEqualTo(120);
      ports.add(emu.port());
    }

    @Test
    @Order(2)
    void eachTestGetsAFreshOne(Emulator emu) {
      assertThat(emu.requests().count()).isZero();
      ports.add(emu.port());
      assertThat(ports).hasSize(2);
    }
  }

  private static final Set<Integer> PORTS = new HashSet<>();

  @Test
  void getOutsideATestFails() {
    EmulatorExtension unused = EmulatorExtension.builder().build();

    assertThatThrownBy(unused::get).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No emulator is running");
  }

  @Test
  void theBuilderIsCopiedWhenBuilt() {
    EmulatorExtension.Builder builder = EmulatorExtension.builder().tokenLifetime(Duration.ofSeconds(60));
    EmulatorExtension.Builder same = builder.perTest().port(0).rateLimitPerMinute(5).accountsPageSize(3)
        .refreshTokenLifetime(Duration.ofHours(1)).randomSeed(1).threads(2).requestLogCapacity(10).demoSeed()
        .seed(Seed.demo()).clock(new EmulatorClock());

    assertThat(same).isSameAs(builder);
    assertThatThrownBy(() -> builder.port(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
