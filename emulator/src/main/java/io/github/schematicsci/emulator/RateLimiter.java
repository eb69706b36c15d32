package io.github.schematicsci.emulator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Schematics' limit of N requests per minute, per region, per user. Windows are whole minutes of the
 * emulator clock, so a test recovers by advancing the clock. Thread-safe.
 */
final class RateLimiter {
  private record Key(String region, String iamId) {}

  private record Window(long minute, int used) {}

  private final int perMinute;
  private final EmulatorClock clock;
  private final ConcurrentHashMap<Key, Window> windows = new ConcurrentHashMap<>();

  /** {@code perMinute} 0 turns the limit off. */
  RateLimiter(int perMinute, EmulatorClock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /**
   * Counts one request and returns 0, or, when the budget of the current minute is spent, counts nothing and
   * returns the whole seconds until the minute ends (at least 1).
   */
  long acquire(String region, String iamId) {
    if (perMinute == 0) {
      return 0;
    }
    long second = clock.instant().getEpochSecond();
    long minute = Math.floorDiv(second, 60);
    long[] retryAfter = {0};
    windows.compute(new Key(region, iamId), (key, window) -> {
      if (window == null || window.minute() != minute) {
        return new Window(minute, 1);
      }
      if (window.used() >= perMinute) {
        retryAfter[0] = Math.max(1, (minute + 1) * 60 - second);
        return window;
      }
      return new Window(minute, window.used() + 1);
    });
    return retryAfter[0];
  }
}
