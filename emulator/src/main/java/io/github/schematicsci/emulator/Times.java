package io.github.schematicsci.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The time formats the real APIs write. */
final class Times {
  /** Schematics: RFC 3339 UTC with 9 fractional digits, {@code 2023-01-03T07:02:38.369965717Z}. */
  private static final DateTimeFormatter SCHEMATICS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** Accounts API: milliseconds, {@code 2014-07-21T18:44:57.115Z}. */
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** IAM error context: {@code 30.10.2017 06:20:29:504 UTC}. */
  private static final DateTimeFormatter IAM_CONTEXT =
      DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss:SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** JWT key id: {@code yyyyMMddHHmm}. */
  private static final DateTimeFormatter KEY_ID =
      DateTimeFormatter.ofPattern("uuuuMMddHHmm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Times() {}

  static String schematics(Instant instant) {
    return SCHEMATICS.format(instant);
  }

  static String millis(Instant instant) {
    return MILLIS.format(instant);
  }

  static String iamContext(Instant instant) {
    return IAM_CONTEXT.format(instant);
  }

  static String keyId(Instant instant) {
    return KEY_ID.format(instant);
  }
}
