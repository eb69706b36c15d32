package io.github.schematicsci.emulator.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schematicsci.emulator.DemoSeed;
import io.github.schematicsci.emulator.Emulator;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class LeakScannerTest {
  static final String PLANTED = "Planted-Secret-4f1c9a7e";

  private final LeakScanner scanner = LeakScanner.of(List.of("another-secret-0001", PLANTED));

  @Test
  void findsAPlantedSecretAndSaysWhereAndWhich() {
    List<Finding> findings = scanner.scan("System.out", "starting\nthe key is " + PLANTED + ", done\n");

    assertThat(findings).containsExactly(
        new Finding("System.out", "secret #2", LeakScanner.fingerprint(PLANTED), "plain", 2));
    assertThat(findings.get(0)).hasToString("System.out:2: secret #2 (plain, fingerprint "
        + LeakScanner.fingerprint(PLANTED) + ")");
  }

  @Test
  void cleanTextHasNoFindings() {
    assertThat(scanner.scan("System.out", "nothing secret here: Planted-Secret-4f1c9a7 (one short)")).isEmpty();
    scanner.assertNoLeaks("System.out", "all clear");
  }

  @Test
  void fingerprintsAreTheLastFourHexDigitsOfTheSha256() {
    // printf 'abc' | sha256sum → ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(LeakScanner.fingerprint("abc")).isEqualTo("15ad");
  }

  @Test
  void ignoresNullBlankAndShortSecretsButKeepsTheCallersNumbering() {
    LeakScanner odd = LeakScanner.of(Arrays.asList(null, "", "      ", "bx", "12345", "123456"));

    assertThat(odd.secretCount()).isEqualTo(1);
    assertThat(odd.scan("log", "bx 12345 and spaces      ")).isEmpty();
    assertThat(odd.scan("log", "x123456x")).extracting(Finding::kind).containsExactly("secret #6");
  }

  @Test
  void findsBase64AtEveryAlignmentAndInABasicHeader() {
    for (String before : List.of("", "a", "ab", "abc", "abcd")) {
      String encoded = Base64.getEncoder().encodeToString((before + PLANTED + "tail").getBytes(StandardCharsets.UTF_8));

      assertThat(scanner.scan("log", "blob " + encoded)).as("after %d bytes", before.length())
          .extracting(Finding::form).containsExactly("base64");
    }
    String basic = "Authorization: Basic "
        + Base64.getEncoder().encodeToString(("apikey:" + PLANTED).getBytes(StandardCharsets.UTF_8));
    assertThat(scanner.scan("log", basic)).extracting(Finding::form).containsExactly("base64");
  }

  @Test
  void findsBase64Url() {
    String secret = "??>>??~~??>>"; // its base64 holds '/' and '+', so the URL-safe alphabet differs
    LeakScanner odd = LeakScanner.of(List.of(secret));
    String standard = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    String urlSafe = Base64.getUrlEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    assertThat(urlSafe).isNotEqualTo(standard);

    assertThat(odd.scan("a", standard)).extracting(Finding::form).containsExactly("base64");
    assertThat(odd.scan("b", urlSafe)).extracting(Finding::form).containsExactly("base64url");
  }

  @Test
  void findsUrlEncodedFormsAsFormBodiesAndQueriesCarryThem() {
    String password = "p@ss w+rd/é!";
    LeakScanner odd = LeakScanner.of(List.of(password));
    String form = URLEncoder.encode(password, StandardCharsets.UTF_8); // p%40ss+w%2Brd%2F%C3%A9%21

    assertThat(odd.scan("body", "grant_type=password&password=" + form)).extracting(Finding::form)
        .containsExactly("URL-encoded");
    assertThat(odd.scan("query", "?password=" + form.replace("+", "%20"))).extracting(Finding::form)
        .containsExactly("URL-encoded");
    assertThat(odd.scan("lower", "password=p%40ss+w%2brd%2f%c3%a9%21")).extracting(Finding::form)
        .containsExactly("URL-encoded");
    assertThat(odd.scan("utf8", "plain " + password)).extracting(Finding::form).containsExactly("plain");
  }

  @Test
  void reportsEachSecretOncePerFormAtItsFirstLine() {
    String text = "a\n" + PLANTED + "\n" + PLANTED + " again\n"
        + Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8)) + "\nanother-secret-0001";

    assertThat(scanner.scan("log", text)).extracting(Finding::toString).containsExactly(
        "log:2: secret #2 (plain, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")",
        "log:4: secret #2 (base64, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")",
        "log:5: secret #1 (plain, fingerprint " + LeakScanner.fingerprint("another-secret-0001") + ")");
  }

  @Test
  void theAssertionErrorListsSourcesAndFingerprintsButNeverTheSecret() {
    String text = "x " + PLANTED + " " + Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8));
    List<Finding> findings = scanner.scan("build.log", text);

    AssertionError error = catchThrowableOfType(AssertionError.class, () -> LeakScanner.assertClean(findings));

    assertThat(error).hasMessageStartingWith("A secret was found where none may be (2 findings; a fingerprint is")
        .hasMessageContaining("build.log:1: secret #2 (plain, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")")
        .hasMessageContaining("build.log:1: secret #2 (base64, fingerprint ");
    assertThat(error.getMessage()).doesNotContain(PLANTED, Base64.getEncoder().encodeToString(
        PLANTED.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
    assertThat(findings).allSatisfy(finding -> assertThat(finding.toString()).doesNotContain(PLANTED));
    assertThat(scanner.toString()).doesNotContain(PLANTED);
    assertThatThrownBy(() -> scanner.assertNoLeaks("stdout", text)).isInstanceOf(AssertionError.class);
  }

  @Test
  void manyFindingsAreListedUpToAHundred() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      findings.add(new Finding("file" + i, "secret #1", "abcd", "plain", 1));
    }

    String text = LeakScanner.describe(findings);

    assertThat(text).startsWith("A secret was found where none may be (150 findings;")
        .contains("file100:1: secret #1").doesNotContain("file101:").endsWith("… and 50 more");
  }

  @Test
  void findingsCheckTheirFields() {
    assertThatThrownBy(() -> new Finding("s", "k", "f", "plain", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line < 1: 0");
    assertThatThrownBy(() -> new Finding(null, "k", "f", "plain", 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("source");
  }

  @Test
  void scanFileFindsPlainAndEncodedSecretsWithLines(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("build.log");
    Files.writeString(file, "line 1\nline 2\nform: apikey=" + URLEncoder.encode(PLANTED + " x", StandardCharsets.UTF_8)
        + "\n" + "Basic " + Base64.getEncoder().encodeToString(("u:" + PLANTED).getBytes(StandardCharsets.UTF_8)));

    assertThat(scanner.scanFile(file)).extracting(Finding::toString).containsExactly(
        file + ":3: secret #2 (plain, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")",
        file + ":4: secret #2 (base64, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")");
  }

  @Test
  void scanFileFindsASecretAcrossItsReadChunks(@TempDir Path dir) throws IOException {
    byte[] content = new byte[3 << 20];
    Arrays.fill(content, (byte) 'x');
    for (int i = 99; i < content.length; i += 100) {
      content[i] = '\n';
    }
    int at = (1 << 20) - 7; // straddles the first 1 MiB chunk boundary
    byte[] secret = PLANTED.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(secret, 0, content, at, secret.length);
    Path file = dir.resolve("big.bin");
    Files.write(file, content);

    List<Finding> findings = scanner.scanFile(file);

    long newlinesBefore = new String(content, 0, at, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
    assertThat(findings).extracting(Finding::line).containsExactly((int) newlinesBefore + 1);
  }

  @Test
  void scanTreeScansEveryRegularFileButFollowsNoLink(@TempDir Path dir, @TempDir Path outside) throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/deep.txt"), "deep " + PLANTED);
    Files.writeString(dir.resolve("a/clean.txt"), "nothing");
    Files.writeString(dir.resolve("top.json"), "{\"k\":\"another-secret-0001\"}");
    Files.writeString(outside.resolve("elsewhere.txt"), PLANTED);
    link(dir.resolve("link.txt"), outside.resolve("elsewhere.txt"));
    link(dir.resolve("linked-dir"), outside);

    List<Finding> findings = scanner.scanTree(dir);

    assertThat(findings).extracting(Finding::source)
        .containsExactly(dir.resolve("a/b/deep.txt").toString(), dir.resolve("top.json").toString());
  }

  @Test
  void scanTreeSkipsFilesOver64MiBAndLogsIt(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("heap.hprof");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.write(PLANTED.getBytes(StandardCharsets.US_ASCII));
      file.setLength(LeakScanner.MAX_TREE_FILE_SIZE + 1); // sparse: cheap to make
    }
    Files.writeString(dir.resolve("small.txt"), PLANTED);
    List<LogRecord> records = new ArrayList<>();
    Logger logger = Logger.getLogger(LeakScanner.class.getName());
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    logger.setUseParentHandlers(false); // keep the expected warning off the console
    try {
      assertThat(scanner.scanTree(dir)).extracting(Finding::source).containsExactly(dir.resolve("small.txt").toString());
    } finally {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(true);
    }
    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.WARNING);
      assertThat(record.getMessage()).isEqualTo("Leak scan skipped " + huge + ": " + (LeakScanner.MAX_TREE_FILE_SIZE + 1)
          + " bytes, over the 67108864-byte limit");
    });
    assertThat(scanner.scanFile(huge)).as("scanFile itself reads any size").hasSize(1);
  }

  @Test
  void scanTreeOfSomethingThatIsNoDirectoryFails(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> scanner.scanTree(dir.resolve("missing"))).isInstanceOf(NotDirectoryException.class)
        .hasMessageContaining("missing (nothing to scan)");
    Path file = Files.writeString(dir.resolve("file.txt"), PLANTED);
    assertThatThrownBy(() -> scanner.scanTree(file)).isInstanceOf(NotDirectoryException.class);
    assertThatThrownBy(() -> scanner.assertNoLeaks(file)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> scanner.assertNoLeaks(dir)).isInstanceOf(AssertionError.class);
  }

  @Test
  void forEmulatorReadsSeededSecretsAndTokensIssuedAfterItWasMade() throws Exception {
    try (Emulator emu = Emulator.builder().start()) {
      LeakScanner guard = LeakScanner.forEmulator(emu, "Sensitive-Output-77");
      int seeded = guard.secretCount();
      List<String> secrets = new ArrayList<>(emu.seedSecrets());

      String token = Tokens.issue(emu, DemoSeed.API_KEY);

      assertThat(guard.secretCount()).as("access and refresh token").isEqualTo(seeded + 2);
      assertThat(guard.scan("System.out", "Bearer " + token)).containsExactly(
          new Finding("System.out", "issued token #1", LeakScanner.fingerprint(token), "plain", 1));
      assertThat(guard.scan("log", "key " + DemoSeed.API_KEY)).extracting(Finding::kind)
          .containsExactly("seeded secret #" + (secrets.indexOf(DemoSeed.API_KEY) + 1));
      assertThat(guard.scan("file", "Sensitive-Output-77")).extracting(Finding::kind)
          .containsExactly("extra secret #1");
      assertThat(guard.scan("log", emu.iamUrl() + " " + DemoSeed.ACCOUNT_ACME_PRODUCTION)).isEmpty();
    }
  }

  @Test
  void thousandsOfTokensAgainstMegabytesOfText() {
    Random random = new Random(7);
    String header = "eyJraWQiOiIyMDI2MDMwMjEwMTUiLCJhbGciOiJSUzI1NiJ9."; // shared by every token, as in a real run
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      tokens.add(header + randomBase64Url(random, 600) + "." + randomBase64Url(random, 340));
    }
    LeakScanner many = LeakScanner.of(tokens);
    StringBuilder text = new StringBuilder();
    while (text.length() < 8_000_000) { // lines of look-alike tokens that were never issued
      text.append("DEBUG Authorization: Bearer ").append(header).append(randomBase64Url(random, 600)).append('.')
          .append(randomBase64Url(random, 340)).append('\n');
    }
    text.append("leak ").append(tokens.get(4_321)).append('\n')
        .append(Base64.getEncoder().encodeToString(("x" + tokens.get(17)).getBytes(StandardCharsets.UTF_8)));

    List<Finding> findings = many.scan("big log", text.toString());

    assertThat(findings).extracting(Finding::kind, Finding::form)
        .containsExactly(Tuple.tuple("secret #4322", "plain"),
            Tuple.tuple("secret #18", "base64"));
  }

  private static String randomBase64Url(Random random, int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }

  private static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
  }
}
