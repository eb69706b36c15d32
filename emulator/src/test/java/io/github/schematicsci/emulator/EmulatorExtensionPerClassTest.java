package io.github.schematicsci.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatorExtensionPerClassTest {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().perClass().build();

  private static Emulator first;

  EmulatorExtensionPerClassTest(Emulator emu) {
    // constructor injection works per class: the emulator is started before instances are made
    assertThat(emu).isSameAs(EMULATOR.get());
  }

  @Test
  @Order(1)
  void sharesOneEmulatorAcrossTests(Emulator emu) {
    new TestHttp(emu).accessToken(DemoSeed.API_KEY);
    first = emu;
  }

  @Test
  @Order(2)
  void theSecondTestSeesTheFirstOnesRequests(Emulator emu) {
    assertThat(emu).isSameAs(first);
    assertThat(emu.requests().count(Route.TOKEN)).isEqualTo(1);
  }
}
