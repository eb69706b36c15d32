package io.github.schematicsci.core.testing;

import io.github.schematicsci.core.http.Sleeper;
import io.github.schematicsci.emulator.EmulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Simulated time for many threads: a sleeping thread really blocks until the clock reaches the end of its sleep,
 * and the clock jumps to the earliest wake-up only when every registered worker is asleep. So threads that wait for
 * a Retry-After wait together, as they would in real time, while the run takes no real time for the waits.
 */
public final class VirtualTime implements Sleeper {
    private final EmulatorClock clock;
    private final PriorityQueue<Instant> wakeUps = new PriorityQueue<>();
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private int workers;
    private int sleeping;

    public VirtualTime(EmulatorClock clock) {
        this.clock = clock;
    }

    /** Counts the calling thread as a worker until {@link #finished()}. */
    public synchronized void started() {
        workers++;
    }

    /** Stops counting the calling thread; if the others all sleep, time moves on for them. */
    public synchronized void finished() {
        workers--;
        advanceIfAllAsleep();
    }

    /** Returns every sleep requested so far. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        Instant wake = clock.instant().plus(duration);
        wakeUps.add(wake);
        sleeping++;
        try {
            advanceIfAllAsleep();
            while (clock.instant().isBefore(wake)) {
                wait();
            }
        } finally {
            sleeping--;
            wakeUps.remove(wake);
        }
    }

    private void advanceIfAllAsleep() {
        if (sleeping > 0 && sleeping >= workers && !wakeUps.isEmpty()) {
            Instant next = wakeUps.peek();
            if (clock.instant().isBefore(next)) {
                clock.set(next);
            }
            notifyAll();
        }
    }
}
