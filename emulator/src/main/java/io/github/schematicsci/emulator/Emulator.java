package io.github.schematicsci.emulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running local emulator of the IBM Cloud IAM token API, the Accounts API and the Schematics v1 workspaces
 * API, on one loopback port. Like MockWebServer: start one per test (or per class), point the client at
 * its URLs, assert on {@link #requests()}, script failures with {@link #faults()}, move time with
 * {@link #clock()}.
 *
 * <pre>{@code
 * try (Emulator emu = Emulator.builder().start()) {          // demo seed, any free port
 *   String iam = emu.iamUrl();                               // POST iam + "/identity/token"
 *   String schematics = emu.schematicsUrl("us-south");       // GET schematics + "/v1/workspaces"
 *   emu.faults().next(Route.WORKSPACES_LIST, Fault.status(503));
 *   // ... run the client ...
 *   assertThat(emu.requests().count(Route.TOKEN)).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>With {@link Builder#https(boolean) https(true)} it serves TLS with a self-signed certificate made at start
 * for {@code localhost} and {@code 127.0.0.1}; clients trust it through {@link #trustStore()}.
 *
 * <p>Thread-safe. Requests are served by a fixed pool of threads; nothing waits unless a {@link Fault.Delay}
 * says so.
 */
public final class Emulator implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm the body then waits for the
    // client's delayed ACK (~40 ms per response). Read once per JVM, before the first HttpServer is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final String baseUrl;
  private final EmulatorClock clock;
  private final EmulatorState state;
  private final RequestLog requests;
  private final Faults faults;
  private final TokenStore tokens;
  private final TlsMaterial tls;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Emulator(Builder builder, Seed seed) throws IOException {
    clock = builder.clock != null ? builder.clock : new EmulatorClock();
    state = new EmulatorState(seed);
    requests = new RequestLog(builder.requestLogCapacity);
    faults = new Faults();
    tokens = new TokenStore();
    Randomness random = new Randomness(builder.randomSeed == null ? new Random() : new Random(builder.randomSeed));

    TlsMaterial material = builder.https ? TlsMaterial.generate() : null;
    try {
      server = bind(builder.port, material);
    } catch (IOException | RuntimeException e) {
      if (material != null) {
        material.close();
      }
      throw e;
    }
    tls = material;
    baseUrl = (tls != null ? "https://" : "http://") + LOOPBACK + ":" + server.getAddress().getPort();
    ErrorBodies errors = new ErrorBodies(clock, baseUrl);
    TokenIssuer issuer = new TokenIssuer(clock, random, builder.tokenLifetime, builder.refreshTokenLifetime, tokens);
    BearerAuth auth = new BearerAuth(tokens, clock);
    server.createContext("/", new Dispatcher(clock, random, faults, requests, errors,
        new TokenEndpoint(state, issuer, tokens, clock, errors),
        new AccountsEndpoint(state, auth, errors, builder.accountsPageSize),
        new WorkspacesEndpoint(state, auth, new RateLimiter(builder.rateLimitPerMinute, clock), errors)));
    executor = Executors.newFixedThreadPool(builder.threads, workerThreads(server.getAddress().getPort()));
    server.setExecutor(executor);
    server.start();
  }

  private static HttpServer bind(int port, TlsMaterial tls) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(LOOPBACK), port);
    if (tls == null) {
      return HttpServer.create(address, 128);
    }
    HttpsServer https = HttpsServer.create(address, 128);
    https.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
    return https;
  }

  /** Returns a builder with the defaults: demo seed, any free port, a standing clock, 1-hour tokens. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The IAM base URL, {@code http://127.0.0.1:PORT} ({@code https://} with {@link Builder#https(boolean)});
   * the token endpoint is {@code /identity/token} under it.
   */
  public String iamUrl() {
    return baseUrl;
  }

  /**
   * The Accounts API base URL, {@code http://127.0.0.1:PORT} ({@code https://} with
   * {@link Builder#https(boolean)}); the list is {@code /coe/v2/accounts} under it.
   */
  public String accountsUrl() {
    return baseUrl;
  }

  /**
   * The Schematics URL with a {@code {region}} placeholder: {@code http://127.0.0.1:PORT/schematics/{region}}
   * ({@code https://} with {@link Builder#https(boolean)}).
   */
  public String schematicsUrlTemplate() {
    return baseUrl + "/schematics/{region}";
  }

  /**
   * The Schematics URL of one region or geography, e.g. {@code http://127.0.0.1:PORT/schematics/us-south}.
   *
   * @param region a location ({@code us-south, us-east, eu-de, eu-gb, ca-tor, ca-mon}) or geography
   *     ({@code us, eu}); to reach an unknown region on purpose, fill {@link #schematicsUrlTemplate()} yourself
   * @throws IllegalArgumentException for any other name
   */
  public String schematicsUrl(String region) {
    Objects.requireNonNull(region, "region");
    if (Regions.servedBy(region).isEmpty()) {
      throw new IllegalArgumentException("region must be one of " + Regions.validNames() + ": '" + region + "'");
    }
    return schematicsUrlTemplate().replace("{region}", region);
  }

  /** The port the emulator listens on (on 127.0.0.1). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Whether this emulator serves HTTPS (see {@link Builder#https(boolean)}). */
  public boolean https() {
    return tls != null;
  }

  /**
   * The PKCS12 trust store holding only this emulator's certificate (no private key), for clients to trust it;
   * its password is {@link #trustStorePassword()}. Null for plain HTTP. The file is deleted by {@link #close()}.
   *
   * <pre>{@code
   * KeyStore trust = KeyStore.getInstance("PKCS12");
   * try (InputStream in = Files.newInputStream(emu.trustStore())) {
   *   trust.load(in, emu.trustStorePassword().toCharArray());
   * }
   * TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
   * tmf.init(trust);
   * SSLContext ssl = SSLContext.getInstance("TLS");
   * ssl.init(null, tmf.getTrustManagers(), null);
   * }</pre>
   */
  public Path trustStore() {
    return tls == null ? null : tls.trustStore();
  }

  /** The password of {@link #trustStore()}, {@code "changeit"} (it guards nothing secret); null for plain HTTP. */
  public String trustStorePassword() {
    return tls == null ? null : TlsMaterial.TRUST_STORE_PASSWORD;
  }

  /**
   * The self-signed certificate this emulator serves: subject {@code CN=localhost}, subject alternative names
   * exactly {@code DNS:localhost} and {@code IP:127.0.0.1}, an EC P-256 key, valid from a day before start until
   * three days after. Null for plain HTTP.
   */
  public X509Certificate certificate() {
    return tls == null ? null : tls.certificate();
  }

  /** Every request answered so far. */
  public RequestLog requests() {
    return requests;
  }

  /** Faults waiting for the next requests. */
  public Faults faults() {
    return faults;
  }

  /** The clock behind token expiry, the rate limit and every timestamp. */
  public EmulatorClock clock() {
    return clock;
  }

  /** The emulator's data, changeable while it runs. */
  public EmulatorState state() {
    return state;
  }

  /**
   * Every access and refresh token issued so far, in the order issued: for tests that check no output leaks one
   * (see {@link io.github.schematicsci.emulator.leaks.LeakScanner#forEmulator}).
   */
  public Set<String> issuedTokens() {
    return tokens.issued();
  }

  /**
   * Every API key, password and passcode seeded or added so far, in the order seeded: for tests that check no
   * output leaks one (see {@link io.github.schematicsci.emulator.leaks.LeakScanner#forEmulator}).
   */
  public Set<String> seedSecrets() {
    return state.secrets();
  }

  /** Stops the server at once, ends its threads and deletes the HTTPS trust store, if any. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (tls != null) {
      tls.close();
    }
  }

  @Override
  public String toString() {
    return "Emulator[" + baseUrl + (closed.get() ? ", closed" : "") + "]";
  }

  private static ThreadFactory workerThreads(int port) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "schematics-emulator-" + port + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Configures and starts emulators. A builder can start several emulators; each gets its own state, log and
   * faults (and its own clock unless one is given). Not thread-safe.
   */
  public static final class Builder {
    private Seed seed;
    private Path seedFile;
    private int port;
    private EmulatorClock clock;
    private Duration tokenLifetime = Duration.ofHours(1);
    private Duration refreshTokenLifetime = Duration.ofDays(30);
    private int accountsPageSize = 100;
    private int rateLimitPerMinute = 50;
    private Long randomSeed;
    private int threads = 16;
    private int requestLogCapacity = RequestLog.DEFAULT_CAPACITY;
    private boolean https;

    Builder() {}

    /** A builder with the same settings, so that later changes to this one do not reach it. */
    Builder copy() {
      Builder copy = new Builder();
      copy.seed = seed;
      copy.seedFile = seedFile;
      copy.port = port;
      copy.clock = clock;
      copy.tokenLifetime = tokenLifetime;
      copy.refreshTokenLifetime = refreshTokenLifetime;
      copy.accountsPageSize = accountsPageSize;
      copy.rateLimitPerMinute = rateLimitPerMinute;
      copy.randomSeed = randomSeed;
      copy.threads = threads;
      copy.requestLogCapacity = requestLogCapacity;
      copy.https = https;
      return copy;
    }

    /** Seeds the emulator with {@code seed}, replacing any seed file. */
    public Builder seed(Seed seed) {
      this.seed = Objects.requireNonNull(seed, "seed");
      this.seedFile = null;
      return this;
    }

    /** Seeds the emulator from a JSON file, read when it starts; replaces any seed. */
    public Builder seedFile(Path seedFile) {
      this.seedFile = Objects.requireNonNull(seedFile, "seedFile");
      this.seed = null;
      return this;
    }

    /** Seeds the emulator with {@link Seed#demo()} (the default). */
    public Builder demoSeed() {
      this.seed = null;
      this.seedFile = null;
      return this;
    }

    /**
     * The port on 127.0.0.1; 0 (the default) picks a free one.
     *
     * @throws IllegalArgumentException unless 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The clock to use; default a new {@link EmulatorClock} standing at the real current time. */
    public Builder clock(EmulatorClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Access-token lifetime ({@code expires_in}); default 3600 s.
     *
     * @throws IllegalArgumentException unless at least 1 s and whole seconds
     */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = checkSeconds(tokenLifetime, "tokenLifetime");
      return this;
    }

    /**
     * Refresh-token lifetime (the login session); default 30 days.
     *
     * @throws IllegalArgumentException unless at least 1 s and whole seconds
     */
    public Builder refreshTokenLifetime(Duration refreshTokenLifetime) {
      this.refreshTokenLifetime = checkSeconds(refreshTokenLifetime, "refreshTokenLifetime");
      return this;
    }

    /**
     * Accounts per page of {@code GET /coe/v2/accounts}; default 100.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder accountsPageSize(int accountsPageSize) {
      if (accountsPageSize < 1) {
        throw new IllegalArgumentException("accountsPageSize < 1: " + accountsPageSize);
      }
      this.accountsPageSize = accountsPageSize;
      return this;
    }

    /**
     * Schematics requests allowed per minute, per region, per user; default 50; 0 turns the limit off.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder rateLimitPerMinute(int rateLimitPerMinute) {
      if (rateLimitPerMinute < 0) {
        throw new IllegalArgumentException("rateLimitPerMinute < 0: " + rateLimitPerMinute + " (0 turns it off)");
      }
      this.rateLimitPerMinute = rateLimitPerMinute;
      return this;
    }

    /** Seeds the emulator's {@link Random} (token bytes, ids), so that a run can be repeated. */
    public Builder randomSeed(long randomSeed) {
      this.randomSeed = randomSeed;
      return this;
    }

    /**
     * Worker threads serving requests; default 16. Requests beyond that wait in a queue.
     *
     * @throws IllegalArgumentException unless 1..256
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1..256: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * How many recent requests the log keeps; default {@value RequestLog#DEFAULT_CAPACITY}.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder requestLogCapacity(int requestLogCapacity) {
      if (requestLogCapacity < 1) {
        throw new IllegalArgumentException("requestLogCapacity < 1: " + requestLogCapacity);
      }
      this.requestLogCapacity = requestLogCapacity;
      return this;
    }

    /**
     * Serves HTTPS instead of HTTP (default false). Each emulator started then makes its own self-signed
     * certificate for {@code localhost} and {@code 127.0.0.1} with the JDK's {@code keytool} (about half a second),
     * and offers it to clients as {@link Emulator#trustStore()}. The URLs then start with {@code https://}.
     */
    public Builder https(boolean https) {
      this.https = https;
      return this;
    }

    /**
     * Starts an emulator; it accepts connections when this returns.
     *
     * @throws IOException if the port cannot be bound, the seed file cannot be read, or (HTTPS) keytool cannot make
     *     the certificate
     * @throws IllegalArgumentException if the seed file breaks a seed rule
     */
    public Emulator start() throws IOException {
      Seed chosen = seed != null ? seed : seedFile != null ? Seed.read(seedFile) : Seed.demo();
      return new Emulator(this, chosen);
    }

    private static Duration checkSeconds(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException(name + " < 1s: " + duration);
      }
      if (duration.getNano() != 0) {
        throw new IllegalArgumentException(name + " must be whole seconds: " + duration);
      }
      return duration;
    }
  }
}
