package io.github.schematicsci.emulator;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** The emulator's only source of randomness: one seedable {@link Random}, so that runs can be repeated. */
final class Randomness {
  private final Random random;

  Randomness(Random random) {
    this.random = random;
  }

  byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    synchronized (random) {
      random.nextBytes(bytes);
    }
    return bytes;
  }

  /** A version-4-style UUID string. */
  String uuid() {
    byte[] b = bytes(16);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    String hex = HexFormat.of().formatHex(b);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }

  /** URL-safe base64 of {@code count} random bytes, without padding. */
  String base64Url(int count) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(count));
  }
}
