package io.github.schematicsci.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults waiting for the next requests of each route, first in first out. Each request of a route takes
 * at most one fault from that route's queue. Thread-safe.
 */
public final class Faults {
  private final Map<Route, Deque<Fault>> queues = new EnumMap<>(Route.class);

  Faults() {}

  /**
   * Applies {@code fault} to the next {@code times} requests of {@code route}, after any faults already
   * queued for it.
   *
   * @return this, to queue more
   * @throws IllegalArgumentException if {@code times} is less than 1
   */
  public synchronized Faults next(Route route, int times, Fault fault) {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    Deque<Fault> queue = queues.computeIfAbsent(route, r -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.addLast(fault);
    }
    return this;
  }

  /** Applies {@code fault} to the next request of {@code route}. */
  public Faults next(Route route, Fault fault) {
    return next(route, 1, fault);
  }

  /** Returns how many faults are still waiting for requests of {@code route}. */
  public synchronized int pending(Route route) {
    Objects.requireNonNull(route, "route");
    Deque<Fault> queue = queues.get(route);
    return queue == null ? 0 : queue.size();
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    queues.clear();
  }

  /** Takes the fault for a request of {@code route}, or returns null when none is queued. */
  synchronized Fault poll(Route route) {
    Deque<Fault> queue = queues.get(route);
    return queue == null ? null : queue.pollFirst();
  }

  @Override
  public synchronized String toString() {
    return "Faults" + queues;
  }
}
