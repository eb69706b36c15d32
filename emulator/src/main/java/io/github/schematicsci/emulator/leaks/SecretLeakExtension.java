package io.github.schematicsci.emulator.leaks;

import io.github.schematicsci.emulator.Emulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Fails a test that lets a secret out. During each test it copies everything written to {@code System.out} and
 * {@code System.err} (the output is still printed) and every {@code java.util.logging} record (through a
 * handler on the root logger, which it lowers to {@link Builder#logLevel(Level) ALL} meanwhile, so that debug
 * logging is checked too); after the test it scans that text, and every file created or changed under the
 * {@link Builder#scanChangedFiles(Path) directories it was given}, with a {@link LeakScanner} for the
 * emulator's seeded secrets and issued tokens plus any other secrets given. Any finding fails the test with an
 * {@link AssertionError} naming the source, line and fingerprint. If the test itself fails with an exception
 * whose text holds a secret, that exception is replaced by an {@link AssertionError} that names its type and
 * the findings, so the secret does not reach the test report.
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmulatorExtension emulator = EmulatorExtension.builder().perClass().build();
 *
 * @RegisterExtension
 * final SecretLeakExtension leaks = SecretLeakExtension.builder()
 *     .emulator(emulator::get)                      // its seeded secrets and every token it issued
 *     .secrets("ItSensitive-Output-Value-77")        // anything else that must not show
 *     .scanChangedFiles(Path.of("target/exports"))   // files the code under test writes
 *     .build();
 * }</pre>
 *
 * <p>The emulator supplier is asked when each test starts, right after the test method (whatever the order of
 * extensions, the emulator is running then) and when the test ends; the last emulator it gave is used, even if
 * it has stopped since (its secrets stay readable). Secret suppliers are asked after the test.
 *
 * <p>Register it per instance or static; it works per test either way. Output of {@code @BeforeAll} and
 * {@code @AfterAll} methods is not captured. Not for tests that run in parallel in one JVM: the standard
 * streams and the root logger are global.
 */
public final class SecretLeakExtension implements BeforeEachCallback, AfterEachCallback, InvocationInterceptor,
    TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecretLeakExtension.class);

  private final List<Supplier<Emulator>> emulators;
  private final List<Supplier<? extends Collection<String>>> secretSuppliers;
  private final List<String> secrets;
  private final List<Path> directories;
  private final Level logLevel;

  private SecretLeakExtension(Builder builder) {
    emulators = List.copyOf(builder.emulators);
    secretSuppliers = List.copyOf(builder.secretSuppliers);
    secrets = List.copyOf(builder.secrets);
    directories = List.copyOf(builder.directories);
    logLevel = builder.logLevel;
  }

  /** Returns a builder; give it at least one source of secrets. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Session session = new Session();
    context.getStore(NAMESPACE).put(this, session);
    session.start();
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context) throws Throwable {
    proceedAndRemember(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
    proceedAndRemember(invocation, context);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    throw screen(context, thrown);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    throw screen(context, thrown);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    throw screen(context, thrown);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Session session = context.getStore(NAMESPACE).remove(this, Session.class);
    if (session != null) {
      session.finish(context.getExecutionException().isPresent());
    }
  }

  @Override
  public String toString() {
    return "SecretLeakExtension[emulators=" + emulators.size() + ", secret suppliers=" + secretSuppliers.size()
        + ", secrets=" + secrets.size() + ", directories=" + directories + ", logLevel=" + logLevel + "]";
  }

  private void proceedAndRemember(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
    try {
      invocation.proceed();
    } finally {
      Session session = session(context);
      if (session != null) {
        session.rememberEmulators();
      }
    }
  }

  private Throwable screen(ExtensionContext context, Throwable thrown) {
    Session session = session(context);
    return session == null ? thrown : session.screen(thrown);
  }

  private Session session(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(this, Session.class);
  }

  /** One test's capture, directory snapshots and emulators. */
  private final class Session {
    private final Map<Supplier<Emulator>, Emulator> seen = new LinkedHashMap<>();
    private final Map<Supplier<Emulator>, RuntimeException> failures = new LinkedHashMap<>();
    private final Map<Path, Map<Path, Stamp>> before = new LinkedHashMap<>();
    private OutputCapture capture;

    void start() {
      for (Path directory : directories) {
        before.put(directory, snapshot(directory));
      }
      capture = OutputCapture.start(logLevel);
      rememberEmulators();
    }

    void rememberEmulators() {
      for (Supplier<Emulator> supplier : emulators) {
        try {
          Emulator emulator = supplier.get();
          if (emulator != null) {
            seen.put(supplier, emulator);
          }
        } catch (RuntimeException e) {
          failures.put(supplier, e); // e.g. EmulatorExtension.get() before it started or after it stopped
        }
      }
    }

    Throwable screen(Throwable thrown) {
      List<Finding> findings = scanner(true).scan("the exception the test failed with", stackTrace(thrown));
      if (findings.isEmpty()) {
        return thrown;
      }
      AssertionError withheld = new AssertionError("The test failed with " + thrown.getClass().getName()
          + ", whose message, causes or suppressed exceptions hold a secret, so it is not shown. "
          + LeakScanner.describe(findings));
      withheld.setStackTrace(thrown.getStackTrace()); // frames name code, never data
      return withheld;
    }

    void finish(boolean testFailed) {
      if (capture == null) {
        return; // start() failed before capturing; that failure is reported already
      }
      capture.close();
      rememberEmulators();
      LeakScanner scanner = scanner(testFailed);
      List<Finding> findings = new ArrayList<>();
      findings.addAll(scanner.scan("System.out", capture.out()));
      findings.addAll(scanner.scan("System.err", capture.err()));
      findings.addAll(scanner.scan("java.util.logging", capture.log()));
      for (Map.Entry<Path, Map<Path, Stamp>> directory : before.entrySet()) {
        for (Path file : changedFiles(directory.getKey(), directory.getValue())) {
          try {
            findings.addAll(scanner.scanFile(file));
          } catch (NoSuchFileException gone) {
            // deleted after the walk: nothing left to leak
          } catch (IOException e) {
            throw new UncheckedIOException("The leak scan could not read " + file, e);
          }
        }
      }
      LeakScanner.assertClean(findings);
    }

    /**
     * The scanner for this test. An emulator supplier that failed every time it was asked is a configuration
     * error, reported unless the test failed anyway (then its own failure matters more).
     */
    private LeakScanner scanner(boolean quiet) {
      List<LeakScanner.Source> sources = new ArrayList<>();
      int count = 0;
      Set<Emulator> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Supplier<Emulator> supplier : emulators) {
        Emulator emulator = seen.get(supplier);
        if (emulator == null) {
          RuntimeException failure = failures.get(supplier);
          if (failure != null && !quiet) {
            throw new ExtensionConfigurationException("SecretLeakExtension: the emulator supplier never gave an "
                + "emulator during the test (it failed with: " + failure.getMessage() + ")", failure);
          }
          continue;
        }
        if (distinct.add(emulator)) {
          String prefix = ++count == 1 ? "" : "emulator " + count + " ";
          sources.add(new LeakScanner.Source(prefix + "seeded secret", emulator::seedSecrets, false));
          sources.add(new LeakScanner.Source(prefix + "issued token", emulator::issuedTokens, false));
        }
      }
      for (Supplier<? extends Collection<String>> supplier : secretSuppliers) {
        sources.add(new LeakScanner.Source("secret", supplier, false));
      }
      sources.add(new LeakScanner.Source("extra secret", () -> secrets, true));
      return new LeakScanner(sources);
    }
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  /** A regular file's size and modification time: a changed stamp means a changed file. */
  private record Stamp(long size, FileTime modified) {}

  private static Map<Path, Stamp> snapshot(Path directory) {
    Map<Path, Stamp> stamps = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return stamps;
    }
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile()) { // links are not followed
            stamps.put(file, new Stamp(attributes.size(), attributes.lastModifiedTime()));
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
    } catch (IOException e) {
      throw new UncheckedIOException("The leak scan could not list " + directory, e);
    }
    return stamps;
  }

  /** Files under {@code directory} that are new or whose size or modification time changed; big ones skipped. */
  private static List<Path> changedFiles(Path directory, Map<Path, Stamp> before) {
    List<Path> changed = new ArrayList<>();
    for (Map.Entry<Path, Stamp> file : snapshot(directory).entrySet()) {
      if (!file.getValue().equals(before.get(file.getKey()))) {
        if (file.getValue().size() > LeakScanner.MAX_TREE_FILE_SIZE) {
          System.getLogger(LeakScanner.class.getName()).log(System.Logger.Level.WARNING, "Leak scan skipped "
              + file.getKey() + ": " + file.getValue().size() + " bytes, over the " + LeakScanner.MAX_TREE_FILE_SIZE
              + "-byte limit");
        } else {
          changed.add(file.getKey());
        }
      }
    }
    return changed;
  }

  /** Configures a {@link SecretLeakExtension}. Not thread-safe. */
  public static final class Builder {
    private final List<Supplier<Emulator>> emulators = new ArrayList<>();
    private final List<Supplier<? extends Collection<String>>> secretSuppliers = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private Level logLevel = Level.ALL;

    private Builder() {}

    /**
     * Looks for the seeded secrets and every issued token of the emulator this gives, e.g.
     * {@code emulatorExtension::get} or {@code () -> this.emu}. May be called more than once.
     */
    public Builder emulator(Supplier<Emulator> emulator) {
      emulators.add(Objects.requireNonNull(emulator, "emulator"));
      return this;
    }

    /** Looks for the secrets this gives after each test (null gives none). May be called more than once. */
    public Builder secrets(Supplier<? extends Collection<String>> secrets) {
      secretSuppliers.add(Objects.requireNonNull(secrets, "secrets"));
      return this;
    }

    /** Looks for these secrets too (null, blank and short ones are ignored; see {@link LeakScanner}). */
    public Builder secrets(String... secrets) {
      this.secrets.addAll(Arrays.asList(secrets));
      return this;
    }

    /**
     * Also scans the regular files under {@code directory} (recursively, no links followed) that a test creates
     * or changes (new, or another size or modification time than before the test); files over
     * {@value LeakScanner#MAX_TREE_FILE_SIZE} bytes are skipped with a warning. The directory need not exist
     * before the test. Each test walks it twice, so prefer a directory the code under test writes to over all of
     * {@code target/}.
     */
    public Builder scanChangedFiles(Path directory) {
      directories.add(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize());
      return this;
    }

    /**
     * The level the root {@code java.util.logging} logger is lowered to during each test (never raised), so
     * that records below the configured level are checked too; default {@link Level#ALL}. Loggers with a level
     * of their own keep it.
     */
    public Builder logLevel(Level logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * Returns the extension.
     *
     * @throws IllegalStateException if no emulator, secret supplier or secret was given: it would look for nothing
     */
    public SecretLeakExtension build() {
      if (emulators.isEmpty() && secretSuppliers.isEmpty() && secrets.isEmpty()) {
        throw new IllegalStateException("SecretLeakExtension needs something to look for: give emulator(...), "
            + "secrets(supplier) or secrets(values)");
      }
      return new SecretLeakExtension(this);
    }
  }
}
