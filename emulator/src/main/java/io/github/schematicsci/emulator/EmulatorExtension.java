package io.github.schematicsci.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an {@link Emulator} before each test (default) or once per class, and closes it afterwards.
 * Test methods, {@code @BeforeEach} and {@code @AfterEach} methods can take it as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmulatorExtension emulator = EmulatorExtension.builder().tokenLifetime(Duration.ofMinutes(5)).build();
 *
 * @Test
 * void listsWorkspaces(Emulator emu) { ... emu.iamUrl() ... }
 * }</pre>
 *
 * <p>With {@link Builder#perClass()} the field must be static, and tests of the class share one emulator:
 * its state, log, faults and clock carry over from test to test. Not for tests of one class run in parallel.
 */
public final class EmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Emulator.Builder emulatorBuilder;
  private final boolean perClass;
  private volatile Emulator current;

  private EmulatorExtension(Builder builder) {
    this.emulatorBuilder = builder.emulator.copy();
    this.perClass = builder.perClass;
  }

  /** Returns a builder with the {@link Emulator.Builder} defaults, starting an emulator per test. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the running emulator.
   *
   * @throws IllegalStateException outside a test (or, per class, outside the class's tests)
   */
  public Emulator get() {
    Emulator emulator = current;
    if (emulator == null) {
      throw new IllegalStateException("No emulator is running: EmulatorExtension starts one "
          + (perClass ? "before the class's tests" : "before each test"));
    }
    return emulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (perClass) {
      current = start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (perClass) {
      stop();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      current = start();
    } else if (current == null) {
      throw new ExtensionConfigurationException(
          "EmulatorExtension with perClass() must be registered on a static field");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Emulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Emulator emulator = current;
    if (emulator == null) {
      throw new ParameterResolutionException("No emulator is running yet for " + parameter.getDeclaringExecutable()
          + ": a per-test emulator is started after the test instance is made; take it in the test method");
    }
    return emulator;
  }

  private Emulator start() {
    try {
      return emulatorBuilder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("The emulator could not start", e);
    }
  }

  private void stop() {
    Emulator emulator = current;
    current = null;
    if (emulator != null) {
      emulator.close();
    }
  }

  /** Same options as {@link Emulator.Builder}, plus when to start. */
  public static final class Builder {
    private final Emulator.Builder emulator = Emulator.builder();
    private boolean perClass;

    private Builder() {}

    /** One emulator for all tests of the class; the extension field must be static. */
    public Builder perClass() {
      perClass = true;
      return this;
    }

    /** A fresh emulator for each test (the default). */
    public Builder perTest() {
      perClass = false;
      return this;
    }

    /** See {@link Emulator.Builder#seed(Seed)}. */
    public Builder seed(Seed seed) {
      emulator.seed(seed);
      return this;
    }

    /** See {@link Emulator.Builder#seedFile(Path)}. */
    public Builder seedFile(Path seedFile) {
      emulator.seedFile(seedFile);
      return this;
    }

    /** See {@link Emulator.Builder#demoSeed()}. */
    public Builder demoSeed() {
      emulator.demoSeed();
      return this;
    }

    /** See {@link Emulator.Builder#port(int)}. */
    public Builder port(int port) {
      emulator.port(port);
      return this;
    }

    /** See {@link Emulator.Builder#clock(EmulatorClock)}; the same clock then serves every emulator started. */
    public Builder clock(EmulatorClock clock) {
      emulator.clock(clock);
      return this;
    }

    /** See {@link Emulator.Builder#tokenLifetime(Duration)}. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      emulator.tokenLifetime(tokenLifetime);
      return this;
    }

    /** See {@link Emulator.Builder#refreshTokenLifetime(Duration)}. */
    public Builder refreshTokenLifetime(Duration refreshTokenLifetime) {
      emulator.refreshTokenLifetime(refreshTokenLifetime);
      return this;
    }

    /** See {@link Emulator.Builder#accountsPageSize(int)}. */
    public Builder accountsPageSize(int accountsPageSize) {
      emulator.accountsPageSize(accountsPageSize);
      return this;
    }

    /** See {@link Emulator.Builder#rateLimitPerMinute(int)}. */
    public Builder rateLimitPerMinute(int rateLimitPerMinute) {
      emulator.rateLimitPerMinute(rateLimitPerMinute);
      return this;
    }

    /** See {@link Emulator.Builder#randomSeed(long)}. */
    public Builder randomSeed(long randomSeed) {
      emulator.randomSeed(randomSeed);
      return this;
    }

    /** See {@link Emulator.Builder#threads(int)}. */
    public Builder threads(int threads) {
      emulator.threads(threads);
      return this;
    }

    /** See {@link Emulator.Builder#https(boolean)}. */
    public Builder https(boolean https) {
      emulator.https(https);
      return this;
    }

    /** See {@link Emulator.Builder#requestLogCapacity(int)}. */
    public Builder requestLogCapacity(int requestLogCapacity) {
      emulator.requestLogCapacity(requestLogCapacity);
      return this;
    }

    public EmulatorExtension build() {
      return new EmulatorExtension(this);
    }
  }
}
