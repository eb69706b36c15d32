package io.github.schematicsci.core.http;

import java.time.Duration;

/**
 * Waits between retries. Production code uses {@link #REAL}; tests pass one that advances a fake clock, so that no
 * test ever waits for real.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread with {@link Thread#sleep(long)}. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}; throws {@link InterruptedException} when the thread is interrupted (a build abort). */
    void sleep(Duration duration) throws InterruptedException;
}
