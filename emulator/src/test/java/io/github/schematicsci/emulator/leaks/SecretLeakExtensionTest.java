package io.github.schematicsci.emulator.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.schematicsci.emulator.DemoSeed;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.EmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small fixture test classes (static nested classes below, enabled only when launched from here) through a
 * JUnit launcher and checks that the extension fails exactly the ones that let a secret out.
 */
@Timeout(60)
class SecretLeakExtensionTest {
  static final String PLANTED = "Planted-Secret-7d2e4f6a";
  private static final String FIXTURE_RUN = "schematicsci.leakFixtureRun";

  static Path directory;
  static volatile String lastToken;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ByteArrayOutputStream consoleErr = new ByteArrayOutputStream();
  private PrintStream realOut;
  private PrintStream realErr;

  /** The fixtures print planted secrets on purpose: keep them off the build's console. */
  @BeforeEach
  void catchWhatTheFixturesPrint(@TempDir Path dir) {
    directory = dir;
    lastToken = null;
    realOut = System.out;
    realErr = System.err;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(consoleErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
  }

  @Test
  void aSecretPrintedToStdoutFailsTheTestAndIsStillPrinted() {
    PrintStream before = System.out;

    Throwable failure = onlyFailure(run(PrintsToStdout.class));

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("System.out:2: extra secret #1 (plain, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")");
    assertThat(failure.getMessage()).doesNotContain(PLANTED);
    assertThat(console.toString(StandardCharsets.UTF_8)).as("tee: still printed")
        .contains("hello\n", "the key is " + PLANTED);
    assertThat(System.out).as("restored").isSameAs(before);
  }

  @Test
  void aSecretInALogRecordFailsTheTestEvenBelowTheConfiguredLevel() {
    Logger root = LogManager.getLogManager().getLogger("");
    Level level = root.getLevel();
    List<Handler> handlers = List.of(root.getHandlers());

    Throwable failure = onlyFailure(run(LogsAtFine.class));

    assertThat(failure).hasMessageContaining("java.util.logging:").hasMessageContaining("extra secret #1 (plain,");
    assertThat(failure.getMessage()).doesNotContain(PLANTED);
    assertThat(root.getLevel()).as("root level restored").isEqualTo(level);
    assertThat(root.getHandlers()).as("handler removed").containsExactlyElementsOf(handlers);
  }

  @Test
  void aSecretPassedAsALogParameterIsCaught() {
    assertThat(onlyFailure(run(LogsAParameter.class))).hasMessageContaining("java.util.logging:");
  }

  @Test
  void theLogLevelCanBeLeftAlone() {
    assertThat(run(LogsAtFineWithLogLevelInfo.class).getTestsSucceededCount()).isEqualTo(1);
  }

  @Test
  void aSecretInBase64OnStderrFailsTheTest() {
    Throwable failure = onlyFailure(run(PrintsBasicHeaderToStderr.class));

    assertThat(failure).hasMessageContaining("System.err:1: extra secret #1 (base64, fingerprint "
        + LeakScanner.fingerprint(PLANTED) + ")");
    assertThat(failure.getMessage()).doesNotContain(PLANTED);
    assertThat(consoleErr.toString(StandardCharsets.UTF_8)).as("tee: still printed").contains("Authorization: Basic ");
  }

  @Test
  void aSecretWrittenToAFileFailsTheTest() {
    Throwable failure = onlyFailure(run(WritesAFile.class));

    Path file = directory.resolve("out/report.txt").toAbsolutePath().normalize();
    assertThat(failure).hasMessageContaining(file + ":3: secret #1 (plain, fingerprint "
        + LeakScanner.fingerprint(PLANTED) + ")");
    assertThat(failure.getMessage()).doesNotContain(PLANTED);
  }

  @Test
  void aFileThatWasThereBeforeAndDidNotChangeIsNotBlamed() throws IOException {
    Files.createDirectories(directory.resolve("out"));
    Files.writeString(directory.resolve("out/old.txt"), "from an earlier test: " + PLANTED);

    TestExecutionSummary summary = run(WritesACleanFile.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
  }

  @Test
  void anIssuedTokenPrintedFailsTheTestWhateverTheOrderOfExtensions() {
    for (Class<?> fixture : List.of(PrintsATokenLeakGuardFirst.class, PrintsATokenLeakGuardLast.class)) {
      Throwable failure = onlyFailure(run(fixture));

      assertThat(lastToken).isNotNull();
      assertThat(failure).as(fixture.getSimpleName()).isInstanceOf(AssertionError.class)
          .hasMessageContaining("System.out:1: issued token #1 (plain, fingerprint " + LeakScanner.fingerprint(lastToken)
              + ")");
      assertThat(failure.getMessage()).doesNotContain(lastToken);
      assertThat(console.toString(StandardCharsets.UTF_8)).contains(lastToken); // printed, as the fixture asked
    }
  }

  @Test
  void aSeededSecretOfTheEmulatorIsCaught() {
    Throwable failure = onlyFailure(run(PrintsTheDemoKey.class));

    assertThat(failure).hasMessageContaining("System.out:1: seeded secret #");
    assertThat(failure.getMessage()).doesNotContain(DemoSeed.API_KEY);
  }

  @Test
  void aTestFailingWithASecretInItsExceptionHasItWithheld() {
    Throwable failure = onlyFailure(run(ThrowsWithTheSecret.class));

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The test failed with java.lang.IllegalStateException, whose message, causes or "
            + "suppressed exceptions hold a secret, so it is not shown.")
        .hasMessageContaining("the exception the test failed with:")
        .hasMessageContaining(": extra secret #1 (plain, fingerprint " + LeakScanner.fingerprint(PLANTED) + ")")
        .hasNoCause();
    assertThat(failure.getMessage()).doesNotContain(PLANTED);
    assertThat(failure.getStackTrace()).isNotEmpty();
  }

  @Test
  void anOrdinaryFailureIsLeftAlone() {
    Throwable failure = onlyFailure(run(FailsWithoutASecret.class));

    assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessage("plain failure");
  }

  @Test
  void cleanOutputPasses() {
    TestExecutionSummary summary = run(CleanTest.class);

    assertThat(summary.getTestsFoundCount()).isEqualTo(1);
    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("all fine");
  }

  @Test
  void anEmulatorSupplierThatNeverGivesOneIsAConfigurationError() {
    Throwable failure = onlyFailure(run(BrokenEmulatorSupplier.class));

    assertThat(failure).hasMessageStartingWith("SecretLeakExtension: the emulator supplier never gave an emulator "
        + "during the test (it failed with: not running)");
  }

  @Test
  void theBuilderRefusesAGuardWithNothingToLookFor() {
    assertThatThrownBy(() -> SecretLeakExtension.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("SecretLeakExtension needs something to look for: give emulator(...), secrets(supplier) or "
            + "secrets(values)");
    assertThat(SecretLeakExtension.builder().secrets(PLANTED).build().toString()).doesNotContain(PLANTED);
  }

  private static TestExecutionSummary run(Class<?> fixture) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(fixture))
        .configurationParameter(FIXTURE_RUN, "true")
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsFoundCount()).as("fixture tests run").isPositive();
    return summary;
  }

  private static Throwable onlyFailure(TestExecutionSummary summary) {
    assertThat(summary.getTotalFailureCount()).as("failures of the fixture").isEqualTo(1);
    return summary.getFailures().get(0).getException();
  }

  /** Keeps the fixtures from running unless this class launches them. */
  static final class OnlyInAFixtureRun implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(FIXTURE_RUN).filter("true"::equals).isPresent()
          ? ConditionEvaluationResult.enabled("launched by SecretLeakExtensionTest")
          : ConditionEvaluationResult.disabled("a fixture of SecretLeakExtensionTest");
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class PrintsToStdout {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).build();

    @Test
    void test() {
      System.out.println("hello");
      System.out.println("the key is " + PLANTED);
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class LogsAtFine {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).build();

    @Test
    void test() {
      Logger.getLogger("fixture.http").fine("sending apikey=" + PLANTED); // below the root's INFO
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class LogsAParameter {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).build();

    @Test
    void test() {
      Logger.getLogger("fixture.http").log(Level.INFO, "a message without a placeholder", PLANTED);
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class LogsAtFineWithLogLevelInfo {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).logLevel(Level.INFO).build();

    @Test
    void test() {
      Logger.getLogger("fixture.http").fine("sending apikey=" + PLANTED); // dropped before any handler
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class PrintsBasicHeaderToStderr {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).build();

    @Test
    void test() {
      System.err.println("Authorization: Basic "
          + Base64.getEncoder().encodeToString(("apikey:" + PLANTED).getBytes(StandardCharsets.UTF_8)));
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class WritesAFile {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(() -> List.of(PLANTED))
        .scanChangedFiles(directory.resolve("out")).build();

    @Test
    void test() throws IOException {
      Files.createDirectories(directory.resolve("out"));
      Files.writeString(directory.resolve("out/report.txt"), "a\nb\nvalue=" + PLANTED + "\n");
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class WritesACleanFile {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED)
        .scanChangedFiles(directory.resolve("out")).build();

    @Test
    void test() throws IOException {
      Files.writeString(directory.resolve("out/new.txt"), "nothing secret");
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class PrintsATokenLeakGuardFirst {
    @RegisterExtension
    @Order(2)
    final EmulatorExtension emulator = EmulatorExtension.builder().build();

    // Registered first: its beforeEach runs before the emulator starts and its afterEach after it stopped.
    @RegisterExtension
    @Order(1)
    final SecretLeakExtension leaks = SecretLeakExtension.builder().emulator(emulator::get).build();

    @Test
    void test(Emulator emu) throws Exception {
      lastToken = Tokens.issue(emu, DemoSeed.API_KEY);
      System.out.println("token " + lastToken);
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class PrintsATokenLeakGuardLast {
    @RegisterExtension
    @Order(1)
    final EmulatorExtension emulator = EmulatorExtension.builder().build();

    @RegisterExtension
    @Order(2)
    final SecretLeakExtension leaks = SecretLeakExtension.builder().emulator(emulator::get).build();

    @Test
    void test(Emulator emu) throws Exception {
      lastToken = Tokens.issue(emu, DemoSeed.API_KEY);
      System.out.println("token " + lastToken);
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class PrintsTheDemoKey {
    private Emulator emu;

    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().emulator(() -> emu).build();

    @Test
    void test() throws IOException {
      try (Emulator started = Emulator.builder().start()) {
        emu = started;
        System.out.println("key " + DemoSeed.API_KEY);
      }
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class ThrowsWithTheSecret {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).build();

    @Test
    void test() {
      throw new IllegalStateException("wrapper", new IllegalArgumentException("bad key " + PLANTED));
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class FailsWithoutASecret {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().secrets(PLANTED).build();

    @Test
    void test() {
      throw new IllegalStateException("plain failure");
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class CleanTest {
    @RegisterExtension
    @Order(1)
    final EmulatorExtension emulator = EmulatorExtension.builder().build();

    @RegisterExtension
    @Order(2)
    final SecretLeakExtension leaks = SecretLeakExtension.builder().emulator(emulator::get).secrets(PLANTED)
        .scanChangedFiles(directory).build();

    @Test
    void test(Emulator emu) throws Exception {
      String token = Tokens.issue(emu, DemoSeed.API_KEY);
      System.out.println("all fine: got a token with fingerprint " + LeakScanner.fingerprint(token) + " from "
          + emu.iamUrl());
      System.err.println("account " + DemoSeed.ACCOUNT_ACME_PRODUCTION);
      Logger.getLogger("fixture").info("nothing secret");
      Files.writeString(directory.resolve("clean.txt"), "workspace us-south.workspace.network-base.84bba079");
    }
  }

  @ExtendWith(OnlyInAFixtureRun.class)
  static class BrokenEmulatorSupplier {
    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder().emulator(() -> {
      throw new IllegalStateException("not running");
    }).build();

    @Test
    void test() {}
  }
}
