package io.github.schematicsci.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that goes wrong with a response, queued for the next requests of a route with
 * {@link Faults#next(Route, int, Fault)}. Faults are values: compare them, log them, reuse them.
 *
 * <p>What each fault does to the request itself: {@link Status}, {@link ResetBeforeHeaders},
 * {@link MalformedJson}, {@link Body} and {@link Redirect} answer in place of the API, so the request
 * has no effect (no passcode is consumed, no rate-limit budget is used). {@link Delay},
 * {@link TruncatedBody} and {@link ResetAfterHeaders} let the API process the request and then delay
 * or damage its real response.
 *
 * <pre>{@code
 * emu.faults().next(Route.WORKSPACES_LIST, 2, Fault.status(503).retryAfterSeconds(1));
 * emu.faults().next(Route.TOKEN, Fault.resetBeforeHeaders());
 * }</pre>
 */
public sealed interface Fault {

  /**
   * An error status with the error body of the route's API family: the IAM shape
   * ({@code errorCode, errorMessage, context}) for {@link Route#TOKEN}, the Schematics shape
   * ({@code requestid, messageid, message, statuscode}) for every other route.
   *
   * @throws IllegalArgumentException unless {@code code} is 400..599
   */
  static Status status(int code) {
    return new Status(code, Map.of());
  }

  /**
   * Waits {@code duration} of real time on the server, then answers normally. Meant for read-timeout
   * tests; the wait holds one of the server's worker threads.
   *
   * @throws IllegalArgumentException if {@code duration} is negative or longer than 10 minutes
   */
  static Delay delay(Duration duration) {
    return new Delay(duration);
  }

  /** Closes the connection without sending anything. */
  static ResetBeforeHeaders resetBeforeHeaders() {
    return new ResetBeforeHeaders();
  }

  /**
   * Sends the real response's status and headers with its full {@code Content-Length}, then only half of
   * the body, then closes the connection.
   */
  static ResetAfterHeaders resetAfterHeaders() {
    return new ResetAfterHeaders();
  }

  /**
   * Sends the real response's status and headers, chunked, with only the first half of its JSON body,
   * correctly terminated: the HTTP message is complete, the JSON is cut mid-way.
   */
  static TruncatedBody truncatedBody() {
    return new TruncatedBody();
  }

  /** Answers 200, {@code application/json}, with a body that starts like the real one and is not JSON. */
  static MalformedJson malformedJson() {
    return new MalformedJson();
  }

  /**
   * Answers exactly this: an HTML error page, a wrong content type, an empty 200, a 200 missing fields.
   *
   * @param contentType the {@code Content-Type} header, or null for none
   * @throws IllegalArgumentException unless {@code status} is 100..599
   */
  static Body body(int status, String contentType, String body) {
    return new Body(status, contentType, body);
  }

  /**
   * Answers a redirect to {@code location} with an empty body.
   *
   * @throws IllegalArgumentException unless {@code status} is 300..399
   */
  static Redirect redirect(int status, String location) {
    return new Redirect(status, location);
  }

  /** See {@link Fault#status(int)}; add headers with {@link #withHeader}. */
  record Status(int code, Map<String, String> headers) implements Fault {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    public Status {
      if (code < 400 || code > 599) {
        throw new IllegalArgumentException("code must be 400..599 for an error status fault: " + code
            + " (use Fault.body(...) for any other answer)");
      }
      Objects.requireNonNull(headers, "headers");
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Returns a copy of this fault that also sends the header {@code name: value}. */
    public Status withHeader(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 0x7f)) {
        throw new IllegalArgumentException("name is not a valid header name: '" + name + "'");
      }
      if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
        throw new IllegalArgumentException("value of header " + name + " contains a line break");
      }
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Status(code, copy);
    }

    /**
     * Returns a copy of this fault that sends {@code Retry-After: seconds}.
     *
     * @throws IllegalArgumentException if {@code seconds} is negative
     */
    public Status retryAfterSeconds(long seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("seconds < 0: " + seconds);
      }
      return withHeader("Retry-After", Long.toString(seconds));
    }

    /** Returns a copy of this fault that sends {@code Retry-After} as an HTTP-date (RFC 1123, GMT). */
    public Status retryAfterDate(Instant when) {
      Objects.requireNonNull(when, "when");
      return withHeader("Retry-After", HTTP_DATE.format(when));
    }
  }

  /** See {@link Fault#delay(Duration)}. */
  record Delay(Duration duration) implements Fault {
    private static final Duration MAX = Duration.ofMinutes(10);

    public Delay {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.compareTo(MAX) > 0) {
        throw new IllegalArgumentException("duration must be 0.." + MAX + ": " + duration);
      }
    }
  }

  /** See {@link Fault#resetBeforeHeaders()}. */
  record ResetBeforeHeaders() implements Fault {}

  /** See {@link Fault#resetAfterHeaders()}. */
  record ResetAfterHeaders() implements Fault {}

  /** See {@link Fault#truncatedBody()}. */
  record TruncatedBody() implements Fault {}

  /** See {@link Fault#malformedJson()}. */
  record MalformedJson() implements Fault {}

  /** See {@link Fault#body(int, String, String)}. */
  record Body(int status, String contentType, String body) implements Fault {
    public Body {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be 100..599: " + status);
      }
      Objects.requireNonNull(body, "body");
    }
  }

  /** See {@link Fault#redirect(int, String)}. */
  record Redirect(int status, String location) implements Fault {
    public Redirect {
      if (status < 300 || status > 399) {
        throw new IllegalArgumentException("status must be 300..399 for a redirect: " + status);
      }
      Objects.requireNonNull(location, "location");
    }
  }
}
