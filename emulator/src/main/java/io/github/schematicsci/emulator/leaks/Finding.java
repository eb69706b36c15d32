package io.github.schematicsci.emulator.leaks;

import java.util.Objects;

/**
 * One secret found in one source. Holds no part of the secret: {@link #toString()}, and every message built from
 * findings, is safe to print.
 *
 * @param source where it was found: a file path, or a name such as {@code System.out}
 * @param kind which secret, e.g. {@code "seeded secret #3"} or {@code "issued token #12"} (numbered from 1 in the
 *     order the secrets were given, seeded or issued)
 * @param fingerprint the last 4 hex digits of the SHA-256 of the secret's UTF-8 bytes, as core's credentials and
 *     tokens print it; see {@link LeakScanner#fingerprint(String)}
 * @param form how it was written: {@code "plain"}, {@code "base64"}, {@code "base64url"} or {@code "URL-encoded"}
 * @param line the line (from 1) on which the match starts
 */
public record Finding(String source, String kind, String fingerprint, String form, int line) {
  public Finding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(form, "form");
    if (line < 1) {
      throw new IllegalArgumentException("line < 1: " + line);
    }
  }

  /** E.g. {@code target/it/build.log:12: issued token #3 (base64, fingerprint 9f3a)}. */
  @Override
  public String toString() {
    return source + ":" + line + ": " + kind + " (" + form + ", fingerprint " + fingerprint + ")";
  }
}
