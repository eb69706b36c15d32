package io.github.schematicsci.emulator.leaks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every written form of a set of secrets, indexed by their last {@value #KEY_LENGTH} bytes, so that one pass
 * over a text finds them all: at each byte the last six bytes seen are looked up in a hash table, and only the
 * few patterns ending in them are compared. The cost is linear in the text, whatever the number of secrets.
 * (Indexing by the end rather than the start matters for tokens: every JWT of a minute starts with the same
 * header, but ends in random signature bytes.) Immutable and thread-safe; {@link Scan} is one pass.
 */
final class SecretIndex {
  /** Every pattern is at least this long: secrets have at least 6 characters, their encodings more. */
  static final int KEY_LENGTH = 6;
  private static final long KEY_MASK = (1L << (8 * KEY_LENGTH)) - 1;
  private static final long EMPTY = -1L; // never a 48-bit key
  private static final String[] FORMS = {"plain", "base64", "base64url", "URL-encoded"};
  private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-F]{2}");

  /** A secret to look for and how findings name it. */
  record Labelled(String kind, String value) {}

  private final String[] kinds;
  private final String[] fingerprints;
  private final byte[][] patterns;
  private final int[] patternSecret;
  private final byte[] patternForm;
  private final int[] patternNewlines;
  private final int[] next;
  private final long[] tableKeys;
  private final int[] tableHeads;
  private final int tableBits;
  private final int maxLength;

  private SecretIndex(List<Labelled> secrets) {
    int count = secrets.size();
    kinds = new String[count];
    fingerprints = new String[count];
    List<byte[]> bytes = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Integer> forms = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      Labelled secret = secrets.get(s);
      kinds[s] = secret.kind();
      fingerprints[s] = LeakScanner.fingerprint(secret.value());
      for (Map.Entry<String, Integer> form : forms(secret.value()).entrySet()) {
        bytes.add(form.getKey().getBytes(StandardCharsets.ISO_8859_1));
        owners.add(s);
        forms.add(form.getValue());
      }
    }
    int n = bytes.size();
    patterns = bytes.toArray(new byte[0][]);
    patternSecret = new int[n];
    patternForm = new byte[n];
    patternNewlines = new int[n];
    next = new int[n];
    int longest = 0;
    for (int p = 0; p < n; p++) {
      patternSecret[p] = owners.get(p);
      patternForm[p] = (byte) (int) forms.get(p);
      patternNewlines[p] = newlines(patterns[p]);
      longest = Math.max(longest, patterns[p].length);
    }
    maxLength = longest;
    int bits = 4;
    while ((1 << bits) < 2 * n) {
      bits++;
    }
    tableBits = bits;
    tableKeys = new long[1 << bits];
    tableHeads = new int[1 << bits];
    Arrays.fill(tableKeys, EMPTY);
    for (int p = 0; p < n; p++) {
      long key = 0;
      byte[] pattern = patterns[p];
      for (int i = pattern.length - KEY_LENGTH; i < pattern.length; i++) {
        key = (key << 8) | (pattern[i] & 0xff);
      }
      int slot = slot(key);
      if (tableKeys[slot] == EMPTY) {
        tableKeys[slot] = key;
        next[p] = -1;
      } else {
        next[p] = tableHeads[slot];
      }
      tableHeads[slot] = p;
    }
  }

  /** Indexes {@code secrets}; each must be at least {@value #KEY_LENGTH} characters and they must differ. */
  static SecretIndex of(List<Labelled> secrets) {
    return new SecretIndex(secrets);
  }

  int secretCount() {
    return kinds.length;
  }

  /** How many bytes a file must keep from one chunk to the next so that no match across them is lost. */
  int overlap() {
    return Math.max(0, maxLength - 1);
  }

  Scan newScan(String source) {
    return new Scan(this, source);
  }

  /**
   * The byte patterns of a secret (as ISO-8859-1 strings, one char per byte), each with its form: the UTF-8
   * bytes; base64 and base64url at each of the three alignments the secret can have inside a longer encoded
   * text (only the characters the secret's bytes alone decide, since the neighbours change the rest); and the
   * percent-encodings a form body or query string would use.
   */
  private static Map<String, Integer> forms(String secret) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
    forms.put(new String(utf8, StandardCharsets.ISO_8859_1), 0);
    for (int offset = 0; offset < 3; offset++) {
      byte[] shifted = new byte[offset + utf8.length];
      System.arraycopy(utf8, 0, shifted, offset, utf8.length);
      String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
      int from = (8 * offset + 5) / 6; // the first character with no bit from the bytes before the secret
      int to = 8 * (offset + utf8.length) / 6; // after the last character with no bit from the bytes after it
      String base64 = encoded.substring(from, to);
      forms.putIfAbsent(base64, 1);
      forms.putIfAbsent(base64.replace('+', '-').replace('/', '_'), 2);
    }
    String urlEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    forms.putIfAbsent(urlEncoded, 3);
    forms.putIfAbsent(urlEncoded.replace("+", "%20"), 3);
    forms.putIfAbsent(lowerCaseEscapes(urlEncoded), 3);
    forms.putIfAbsent(lowerCaseEscapes(urlEncoded.replace("+", "%20")), 3);
    return forms;
  }

  private static String lowerCaseEscapes(String encoded) {
    Matcher escape = PERCENT_ESCAPE.matcher(encoded);
    return escape.replaceAll(match -> match.group().toLowerCase(Locale.ROOT));
  }

  private static int newlines(byte[] bytes) {
    int count = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }

  private int slot(long key) {
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - tableBits));
    int mask = (1 << tableBits) - 1;
    while (tableKeys[slot] != EMPTY && tableKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The first pattern ending in {@code key}, or -1; the rest follow through {@link #next}. */
  private int lookup(long key) {
    int slot = slot(key);
    return tableKeys[slot] == key ? tableHeads[slot] : -1;
  }

  /**
   * One pass over one source, fed in chunks; keeps the last {@link #overlap()} bytes so that matches across
   * chunks are found. Reports each secret once per form, at its first occurrence. Not thread-safe.
   */
  static final class Scan {
    private final SecretIndex index;
    private final String source;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Long> reported = new HashSet<>();
    private byte[] carry = new byte[0];
    private long key;
    private int keyBytes;
    private long newlines;

    private Scan(SecretIndex index, String source) {
      this.index = index;
      this.source = source;
    }

    void feed(byte[] data, int offset, int length) {
      if (index.patterns.length == 0 || length == 0) {
        return;
      }
      byte[] window;
      int first;
      int end;
      if (carry.length == 0) {
        window = data;
        first = offset;
        end = offset + length;
      } else {
        window = new byte[carry.length + length];
        System.arraycopy(carry, 0, window, 0, carry.length);
        System.arraycopy(data, offset, window, carry.length, length);
        first = carry.length;
        end = window.length;
      }
      int windowStart = window == data ? offset : 0;
      for (int i = first; i < end; i++) {
        byte b = window[i];
        if (b == '\n') {
          newlines++;
        }
        key = ((key << 8) | (b & 0xff)) & KEY_MASK;
        if (keyBytes < KEY_LENGTH && ++keyBytes < KEY_LENGTH) {
          continue;
        }
        for (int p = index.lookup(key); p >= 0; p = index.next[p]) {
          byte[] pattern = index.patterns[p];
          int start = i + 1 - pattern.length;
          if (start >= windowStart
              && Arrays.equals(window, start, i + 1 - KEY_LENGTH, pattern, 0, pattern.length - KEY_LENGTH)) {
            report(p);
          }
        }
      }
      int keep = Math.min(index.overlap(), end - windowStart);
      carry = Arrays.copyOfRange(window, end - keep, end);
    }

    private void report(int pattern) {
      int secret = index.patternSecret[pattern];
      if (reported.add(((long) secret << 8) | index.patternForm[pattern])) {
        long line = 1 + newlines - index.patternNewlines[pattern];
        findings.add(new Finding(source, index.kinds[secret], index.fingerprints[secret],
            FORMS[index.patternForm[pattern]], (int) Math.min(Integer.MAX_VALUE, line)));
      }
    }

    List<Finding> findings() {
      return List.copyOf(findings);
    }
  }
}
