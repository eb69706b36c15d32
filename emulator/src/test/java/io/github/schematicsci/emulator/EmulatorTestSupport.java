package io.github.schematicsci.emulator;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/** Starts a demo-seeded emulator on a standing clock before each test; subclasses may change the builder. */
@Timeout(30)
abstract class EmulatorTestSupport {
  static final Instant START = Instant.parse("2026-03-02T10:15:30Z");

  EmulatorClock clock;
  Emulator emu;
  TestHttp http;

  /** Override to configure the emulator of each test. */
  Emulator.Builder configure(Emulator.Builder builder) {
    return builder;
  }

  @BeforeEach
  void startEmulator() throws IOException {
    clock = new EmulatorClock(START);
    emu = configure(Emulator.builder().clock(clock).randomSeed(42)).start();
    http = new TestHttp(emu);
  }

  @AfterEach
  void stopEmulator() {
    emu.close();
  }
}
