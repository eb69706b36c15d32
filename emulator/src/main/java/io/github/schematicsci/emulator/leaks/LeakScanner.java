package io.github.schematicsci.emulator.leaks;

import io.github.schematicsci.emulator.Emulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Looks for secrets in text, files and directory trees, and says where it found which one, never what it is.
 *
 * <pre>{@code
 * LeakScanner scanner = LeakScanner.forEmulator(emu, "a-sensitive-output-value");
 * LeakScanner.assertClean(scanner.scan("build log", log));     // AssertionError listing the findings
 * LeakScanner.assertClean(scanner.scanTree(Path.of("target/it/my-case")));
 * }</pre>
 *
 * <p>Each secret is looked for as its UTF-8 bytes, as base64 and base64url (at any alignment, so it is found
 * inside an encoded {@code Basic user:password} header or a longer encoded blob) and URL-encoded (as form
 * bodies and query strings carry it). Each secret is reported once per source and form, at its first occurrence.
 * One pass over the text finds every secret (see {@code SecretIndex}), so thousands of tokens against megabytes
 * of logs cost about as much as reading the logs.
 *
 * <p>Secrets shorter than {@value #MIN_SECRET_LENGTH} characters, null and blank ones are ignored: strings that
 * short occur by chance in ordinary output (the {@code bx} client secret, the empty {@code uaa_client_secret},
 * small numbers), so a guard looking for them would fail for nothing; every real API key, password, passcode and
 * token is longer.
 *
 * <p>Immutable and thread-safe. A scanner made by {@link #forEmulator} reads the emulator's secrets anew at each
 * scan, so tokens issued after it was made are looked for too.
 */
public final class LeakScanner {
  /** Shorter secrets are ignored; see the class comment. */
  public static final int MIN_SECRET_LENGTH = 6;

  /** {@link #scanTree} skips larger files (and logs that it did); {@link #scanFile} reads any size. */
  public static final long MAX_TREE_FILE_SIZE = 64L * 1024 * 1024;

  private static final System.Logger LOG = System.getLogger(LeakScanner.class.getName());
  private static final int CHUNK = 1 << 20;

  /** A named supply of secrets: fixed, or read again at each scan. */
  record Source(String label, Supplier<? extends Collection<String>> values, boolean fixed) {}

  private final List<Source> sources;
  private final SecretIndex fixedIndex;

  LeakScanner(List<Source> sources) {
    this.sources = List.copyOf(sources);
    this.fixedIndex = this.sources.stream().allMatch(Source::fixed) ? index() : null;
  }

  /**
   * Returns a scanner for these secrets, named {@code "secret #n"} in findings (n counts from 1 in the
   * collection's iteration order). Null, blank and short secrets are ignored (see the class comment).
   */
  public static LeakScanner of(Collection<String> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    List<String> copy = new ArrayList<>(secrets); // the nulls too, so that numbering follows the caller's order
    return new LeakScanner(List.of(new Source("secret", () -> copy, true)));
  }

  /**
   * Returns a scanner for every secret of {@code emulator}, read at each scan: its {@link Emulator#seedSecrets()
   * seeded API keys, passwords and passcodes} ({@code "seeded secret #n"}), every {@link Emulator#issuedTokens()
   * token it issued} so far ({@code "issued token #n"}, in the order issued), and {@code extraSecrets}
   * ({@code "extra secret #n"}), e.g. sensitive output values.
   */
  public static LeakScanner forEmulator(Emulator emulator, String... extraSecrets) {
    Objects.requireNonNull(emulator, "emulator");
    List<String> extra = Arrays.asList(extraSecrets.clone());
    return new LeakScanner(List.of(
        new Source("seeded secret", emulator::seedSecrets, false),
        new Source("issued token", emulator::issuedTokens, false),
        new Source("extra secret", () -> extra, true)));
  }

  /** Returns how many secrets a scan made now would look for (after ignoring short and duplicate ones). */
  public int secretCount() {
    return currentIndex().secretCount();
  }

  /**
   * Returns where in {@code text} a secret occurs, in the order found; empty if none.
   *
   * @param source names the text in findings, e.g. {@code "System.out"}
   */
  public List<Finding> scan(String source, String text) {
    Objects.requireNonNull(text, "text");
    return scan(source, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns where in {@code content} a secret occurs, in the order found; empty if none. Secrets are matched as
   * their UTF-8 bytes, so any ASCII-compatible encoding works for ASCII secrets (all of the emulator's are).
   */
  public List<Finding> scan(String source, byte[] content) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    SecretIndex.Scan scan = currentIndex().newScan(source);
    scan.feed(content, 0, content.length);
    return scan.findings();
  }

  /**
   * Returns where in the file a secret occurs; the file is read in chunks, so any size works. Findings name the
   * file by {@code file.toString()}.
   *
   * @throws IOException if the file cannot be read
   */
  public List<Finding> scanFile(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return scanFile(currentIndex(), file, file.toString());
  }

  /**
   * Returns where in the regular files under {@code directory} (recursively, in path order) a secret occurs.
   * Symbolic links are not followed (except {@code directory} itself); files larger than
   * {@value #MAX_TREE_FILE_SIZE} bytes are skipped, each with a WARNING on the {@code System.Logger} named after
   * this class; files that vanish during the walk are skipped. Findings name files as {@code directory}
   * resolved with the file's relative path.
   *
   * @throws NotDirectoryException if {@code directory} is not a directory (a typo must not pass as "clean")
   * @throws IOException if a file cannot be read
   */
  public List<Finding> scanTree(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new NotDirectoryException(directory + " (nothing to scan)");
    }
    Path root = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
    List<Path> files = regularFiles(root);
    SecretIndex index = currentIndex();
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      Path named = directory.resolve(root.relativize(file));
      long size;
      try {
        size = Files.size(file);
      } catch (NoSuchFileException gone) {
        continue;
      }
      if (size > MAX_TREE_FILE_SIZE) {
        LOG.log(System.Logger.Level.WARNING, "Leak scan skipped " + named + ": " + size + " bytes, over the "
            + MAX_TREE_FILE_SIZE + "-byte limit");
        continue;
      }
      try {
        findings.addAll(scanFile(index, file, named.toString()));
      } catch (NoSuchFileException gone) {
        // Deleted while we walked (another test cleaning up): nothing left to leak.
      }
    }
    return List.copyOf(findings);
  }

  /** Scans {@code text} and throws if a secret is in it; see {@link #assertClean(List)}. */
  public void assertNoLeaks(String source, String text) {
    assertClean(scan(source, text));
  }

  /**
   * Scans a file, or every file under a directory ({@link #scanTree}), and throws if a secret is in one.
   *
   * @throws IOException if a file cannot be read
   */
  public void assertNoLeaks(Path fileOrDirectory) throws IOException {
    Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
    assertClean(Files.isDirectory(fileOrDirectory) ? scanTree(fileOrDirectory) : scanFile(fileOrDirectory));
  }

  /**
   * Returns normally if {@code findings} is empty, else throws an {@link AssertionError} listing each finding
   * (source, line, which secret, form, fingerprint), never a secret.
   */
  public static void assertClean(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    if (!findings.isEmpty()) {
      throw new AssertionError(describe(findings));
    }
  }

  /**
   * Returns a printable account of {@code findings}, e.g. for a custom failure: a headline and one finding per
   * line (the first 100). Holds no secret.
   */
  public static String describe(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    Set<String> fingerprints = new HashSet<>();
    findings.forEach(finding -> fingerprints.add(finding.fingerprint() + finding.kind()));
    text.append(fingerprints.size() == 1 ? "A secret was" : fingerprints.size() + " secrets were")
        .append(" found where none may be (").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings")
        .append("; a fingerprint is the last 4 hex digits of the secret's SHA-256, the secrets are not shown):");
    int shown = Math.min(findings.size(), 100);
    for (int i = 0; i < shown; i++) {
      text.append(System.lineSeparator()).append("  ").append(findings.get(i));
    }
    if (shown < findings.size()) {
      text.append(System.lineSeparator()).append("  … and ").append(findings.size() - shown).append(" more");
    }
    return text.toString();
  }

  /**
   * Returns the last 4 hex digits of the SHA-256 of {@code secret}'s UTF-8 bytes: what findings show, and what
   * core's credentials and tokens print as their fingerprint. Safe to print.
   */
  public static String fingerprint(String secret) {
    Objects.requireNonNull(secret, "secret");
    try {
      String hex = HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
      return hex.substring(hex.length() - 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "LeakScanner[" + (fixedIndex != null ? fixedIndex.secretCount() + " secrets" : "live sources: "
        + sources.stream().map(Source::label).toList()) + "]";
  }

  private SecretIndex currentIndex() {
    return fixedIndex != null ? fixedIndex : index();
  }

  /** Labels and indexes every secret the sources hold now; the first of equal secrets wins. */
  private SecretIndex index() {
    List<SecretIndex.Labelled> labelled = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Source source : sources) {
      Collection<String> values = source.values().get();
      if (values == null) {
        continue;
      }
      int number = 0;
      for (String value : values) {
        number++;
        if (value != null && value.length() >= MIN_SECRET_LENGTH && !value.isBlank() && seen.add(value)) {
          labelled.add(new SecretIndex.Labelled(source.label() + " #" + number, value));
        }
      }
    }
    return SecretIndex.of(labelled);
  }

  private static List<Finding> scanFile(SecretIndex index, Path file, String source) throws IOException {
    SecretIndex.Scan scan = index.newScan(source);
    byte[] buffer = new byte[CHUNK];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        scan.feed(buffer, 0, read);
      }
    }
    return scan.findings();
  }

  private static List<Path> regularFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) { // links are not followed, so a link is not a regular file here
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    files.sort(null);
    return files;
  }
}
