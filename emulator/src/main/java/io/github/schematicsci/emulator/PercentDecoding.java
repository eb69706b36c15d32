package io.github.schematicsci.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} text: form bodies, query strings, path segments. */
final class PercentDecoding {
  private PercentDecoding() {}

  /** Decodes one path segment; a malformed escape is kept as it was sent. */
  static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return segment;
    }
  }

  /**
   * Parses {@code a=1&b=2}; the first occurrence of a name wins, a name without {@code =} maps to "".
   * Returns an unmodifiable map in the order the names first appear.
   */
  static Map<String, String> parsePairs(String encoded) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return Collections.unmodifiableMap(pairs);
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decodeFormPart(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decodeFormPart(pair.substring(eq + 1));
      pairs.putIfAbsent(name, value);
    }
    return Collections.unmodifiableMap(pairs);
  }

  private static String decodeFormPart(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return part;
    }
  }
}
