package io.github.schematicsci.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's notion of "now": token expiry, refresh-token expiry, the rate-limit window and every
 * timestamp the emulator writes come from it. Tests move it with {@link #advance(Duration)} or
 * {@link #set(Instant)} instead of sleeping.
 *
 * <p>{@code new EmulatorClock()} starts at the real current time and then stands still until moved.
 * {@link #ticking()} follows the real time (plus whatever it was advanced by); {@code Main} uses it.
 *
 * <p>Thread-safe. The zone is always UTC; {@link #withZone(ZoneId)} returns a view that shares this
 * clock's time.
 *
 * <pre>{@code
 * EmulatorClock clock = new EmulatorClock();
 * try (Emulator emu = Emulator.builder().clock(clock).start()) {
 *   // ... get a token ...
 *   clock.advance(Duration.ofHours(1)); // the token has now expired
 * }
 * }</pre>
 */
public final class EmulatorClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** A clock standing still at the real current time, moved only by {@code advance} and {@code set}. */
  public EmulatorClock() {
    this(Instant.now());
  }

  /** A clock standing still at {@code start}, moved only by {@code advance} and {@code set}. */
  public EmulatorClock(Instant start) {
    this(Clock.fixed(Objects.requireNonNull(start, "start"), ZoneOffset.UTC));
  }

  private EmulatorClock(Clock base) {
    this.base = base;
  }

  /** A clock that follows the real time; {@code advance} and {@code set} shift it from there on. */
  public static EmulatorClock ticking() {
    return new EmulatorClock(Clock.systemUTC());
  }

  /** Returns the current instant; same as {@link #instant()}. */
  public Instant now() {
    return instant();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  /**
   * Moves this clock forward by {@code duration}.
   *
   * @throws IllegalArgumentException if {@code duration} is negative (use {@link #set(Instant)} to go back)
   */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration < 0: " + duration + " (use set(Instant) to move the clock back)");
    }
    offset.updateAndGet(current -> current.plus(duration));
  }

  /** Sets this clock to {@code instant}; a ticking clock goes on ticking from there. */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    offset.set(Duration.between(base.instant(), instant));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(ZoneOffset.UTC) ? this : new ZonedView(this, zone);
  }

  @Override
  public String toString() {
    return "EmulatorClock[" + instant() + "]";
  }

  /** The same time as an {@code EmulatorClock}, seen from another zone. */
  private static final class ZonedView extends Clock {
    private final EmulatorClock clock;
    private final ZoneId zone;

    ZonedView(EmulatorClock clock, ZoneId zone) {
      this.clock = clock;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return clock.withZone(newZone);
    }

    @Override
    public Instant instant() {
      return clock.instant();
    }
  }
}
