package io.github.schematicsci.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses a {@code Retry-After} header: delay seconds, or an HTTP date (RFC 1123) relative to the clock. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** Returns the wait the header asks for (zero for a date in the past), or null when absent or unreadable. */
    static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            if (wait.isNegative()) {
                return Duration.ZERO;
            }
            // An HTTP date has whole seconds: round up so that the retry lands after the moment, not before it.
            return wait.getNano() == 0 ? wait : Duration.ofSeconds(wait.getSeconds() + 1);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
