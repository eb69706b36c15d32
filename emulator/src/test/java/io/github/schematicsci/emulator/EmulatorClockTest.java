package io.github.schematicsci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmulatorClockTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void standsStillUntilMoved() {
    EmulatorClock clock = new EmulatorClock(T0);

    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.now()).isEqualTo(T0);
    assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
  }

  @Test
  void advanceAndSetMoveIt() {
    EmulatorClock clock = new EmulatorClock(T0);

    clock.advance(Duration.ofMinutes(5));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));

    clock.set(T0.minusSeconds(10));
    assertThat(clock.instant()).isEqualTo(T0.minusSeconds(10));
  }

  @Test
  void advanceRefusesToGoBack() {
    EmulatorClock clock = new EmulatorClock(T0);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set(Instant)");
  }

  @Test
  void defaultStartsAtTheRealTime() {
    Instant before = Instant.now();
    EmulatorClock clock = new EmulatorClock();

    assertThat(clock.instant()).isBetween(before, Instant.now());
  }

  @Test
  void tickingFollowsTheRealTimePlusTheOffset() {
    EmulatorClock clock = EmulatorClock.ticking();
    clock.advance(Duration.ofDays(1));

    assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofHours(23)));
  }

  @Test
  void isUtcAndOtherZonesShareItsTime() {
    EmulatorClock clock = new EmulatorClock(T0);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    clock.advance(Duration.ofSeconds(7));
    assertThat(paris.instant()).isEqualTo(T0.plusSeconds(7));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void isSafeToAdvanceFromManyThreads() throws InterruptedException {
    EmulatorClock clock = new EmulatorClock(T0);
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> {
        for (int n = 0; n < 1000; n++) {
          clock.advance(Duration.ofMillis(1));
        }
      });
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(8));
  }
}
