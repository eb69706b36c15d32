package io.github.schematicsci.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Every request the emulator answered, in the order it answered them, injected faults included. A request
 * is in the log before its response is sent, so a client that has its response can assert on the log.
 *
 * <p>The log keeps the most recent {@value #DEFAULT_CAPACITY} requests by default (see
 * {@link Emulator.Builder#requestLogCapacity(int)}); older ones drop out of {@link #all()} and
 * {@link #count()}. Thread-safe.
 */
public final class RequestLog {
  /** How many requests the log keeps unless configured otherwise. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final int capacity;
  private final ArrayDeque<RecordedRequest> all = new ArrayDeque<>();
  private final ArrayDeque<RecordedRequest> untaken = new ArrayDeque<>();
  private long nextSequence = 1;

  RequestLog(int capacity) {
    this.capacity = capacity;
  }

  /** Returns the requests in the log, oldest first, as an immutable snapshot. */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(all);
  }

  /** Returns how many requests the log holds. */
  public synchronized int count() {
    return all.size();
  }

  /** Returns how many requests in the log were routed to {@code route}. */
  public int count(Route route) {
    Objects.requireNonNull(route, "route");
    return count(request -> request.route() == route);
  }

  /** Returns how many requests in the log match {@code filter}. */
  public synchronized int count(Predicate<RecordedRequest> filter) {
    Objects.requireNonNull(filter, "filter");
    int matches = 0;
    for (RecordedRequest request : all) {
      if (filter.test(request)) {
        matches++;
      }
    }
    return matches;
  }

  /**
   * Returns the most recent request.
   *
   * @throws NoSuchElementException if the log is empty
   */
  public synchronized RecordedRequest last() {
    if (all.isEmpty()) {
      throw new NoSuchElementException("No request has been recorded yet");
    }
    return all.getLast();
  }

  /**
   * Returns the oldest request not yet taken, waiting up to {@code timeout} for one to arrive; null if
   * none arrived in time. Like MockWebServer's {@code takeRequest}: each request is taken once, in order.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public synchronized RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    while (untaken.isEmpty()) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return null;
      }
      wait(remaining / 1_000_000, (int) (remaining % 1_000_000));
    }
    return untaken.pollFirst();
  }

  /** Empties the log; sequence numbers go on counting. */
  public synchronized void clear() {
    all.clear();
    untaken.clear();
  }

  /** Adds a request; assigns its sequence number through {@code factory}. */
  synchronized RecordedRequest record(LongFunction<RecordedRequest> factory) {
    RecordedRequest request = factory.apply(nextSequence++);
    all.addLast(request);
    untaken.addLast(request);
    while (all.size() > capacity) {
      all.removeFirst();
    }
    while (untaken.size() > capacity) {
      untaken.removeFirst();
    }
    notifyAll();
    return request;
  }

  @Override
  public synchronized String toString() {
    return "RequestLog[" + all.size() + " requests]";
  }
}
