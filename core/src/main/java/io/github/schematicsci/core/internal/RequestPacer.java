package io.github.schematicsci.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a session under a service's "N requests per minute" limit: each request reserves a slot, in arrival order,
 * such that no 60 s span holds more than N slots per key (Schematics: per region, per user). A caller waits until
 * its slot. Reservations are first come, first served, so no thread starves under contention. Thread-safe.
 */
public final class RequestPacer {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Slots> slots = new HashMap<>();

    /** @param perMinute the budget per key and minute; 0 turns pacing off */
    public RequestPacer(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Reserves the next slot for {@code key} and returns how long to wait for it (zero when it is now). */
    public synchronized Duration reserve(String key) {
        Instant now = clock.instant();
        if (perMinute == 0) {
            return Duration.ZERO;
        }
        Slots ring = slots.computeIfAbsent(key, k -> new Slots(perMinute));
        Instant slot = now;
        Instant oldest = ring.nthMostRecent();
        if (oldest != null && oldest.plus(WINDOW).isAfter(slot)) {
            slot = oldest.plus(WINDOW);
        }
        Instant last = ring.mostRecent();
        if (last != null && last.isAfter(slot)) {
            slot = last;
        }
        ring.add(slot);
        return Duration.between(now, slot);
    }

    /** The last {@code n} reserved slots of one key, oldest first. */
    private static final class Slots {
        private final Instant[] ring;
        private int next;
        private int size;

        Slots(int n) {
            ring = new Instant[n];
        }

        /** Returns the slot n reservations back (the one a new slot must be a minute after), or null. */
        Instant nthMostRecent() {
            return size < ring.length ? null : ring[next];
        }

        Instant mostRecent() {
            return size == 0 ? null : ring[(next - 1 + ring.length) % ring.length];
        }

        void add(Instant slot) {
            ring[next] = slot;
            next = (next + 1) % ring.length;
            size = Math.min(size + 1, ring.length);
        }
    }
}
