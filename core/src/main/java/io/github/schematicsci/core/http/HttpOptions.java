package io.github.schematicsci.core.http;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * How core talks HTTP: timeouts, retries, proxy, trust store, and the clock and sleeper behind retry waits.
 *
 * <p>Immutable; {@link #newBuilder()} gives a builder seeded with these values. Defaults: connect timeout 10 s,
 * read timeout 30 s, call timeout 60 s per attempt, 4 attempts per GET, retry waits of at most 60 s each and
 * 120 s in total, responses of at most 64 MiB, 50 Schematics requests per region and minute, no proxy, the JVM's
 * default trust store.
 */
public final class HttpOptions {
    /** Where a client's defaults come from. */
    public static final HttpOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final int maxAttempts;
    private final Duration maxRetryDelay;
    private final Duration retryBudget;
    private final long maxResponseBytes;
    private final int schematicsRequestsPerMinute;
    private final ProxySettings proxy;
    private final Path trustStore;
    private final String trustStoreType;
    private final String trustStorePassword;
    private final String userAgentSuffix;
    private final OkHttpClient baseClient;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ClientLog log;

    private HttpOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.maxAttempts = b.maxAttempts;
        this.maxRetryDelay = b.maxRetryDelay;
        this.retryBudget = b.retryBudget;
        this.maxResponseBytes = b.maxResponseBytes;
        this.schematicsRequestsPerMinute = b.schematicsRequestsPerMinute;
        this.proxy = b.proxy;
        this.trustStore = b.trustStore;
        this.trustStoreType = b.trustStoreType;
        this.trustStorePassword = b.trustStorePassword;
        this.userAgentSuffix = b.userAgentSuffix;
        this.baseClient = b.baseClient;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.log = b.log;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    /** Time allowed to open a TCP (and TLS) connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time allowed between two reads of a response. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** Time allowed for one whole attempt (connect, send, read). */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Attempts per GET, the first included; token POSTs use the same bound for the retries that are safe. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Longest single wait before a retry; a {@code Retry-After} asking for more fails the call at once. */
    public Duration maxRetryDelay() {
        return maxRetryDelay;
    }

    /** Longest total wait across the retries of one call. */
    public Duration retryBudget() {
        return retryBudget;
    }

    /** Largest response body read; a larger one is refused without being read into memory. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Returns the Schematics requests a session sends per region and minute at most (0: no pacing). Schematics
     * allows 50 per minute, per region, per user; pacing below that avoids 429s instead of retrying them.
     */
    public int schematicsRequestsPerMinute() {
        return schematicsRequestsPerMinute;
    }

    /** Returns the proxy, or null to connect directly. */
    public ProxySettings proxy() {
        return proxy;
    }

    /** Returns the trust store replacing the JVM's default for HTTPS, or null for the JVM default. */
    public Path trustStore() {
        return trustStore;
    }

    /** Returns the trust store type ({@code PKCS12} by default, or {@code JKS}). */
    public String trustStoreType() {
        return trustStoreType;
    }

    /** Returns the trust store password, or null when it has none. Never logged. */
    public String trustStorePassword() {
        return trustStorePassword;
    }

    /** Returns the product added after {@code schematics-ci/<version>} in the User-Agent, or null. */
    public String userAgentSuffix() {
        return userAgentSuffix;
    }

    /** Returns the OkHttp client whose pools and dispatcher are shared, or null for core's own. */
    public OkHttpClient baseClient() {
        return baseClient;
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public ClientLog log() {
        return log;
    }

    @Override
    public String toString() {
        return "HttpOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
                + callTimeout + ", maxAttempts=" + maxAttempts + ", maxRetryDelay=" + maxRetryDelay + ", retryBudget="
                + retryBudget + ", maxResponseBytes=" + maxResponseBytes + ", proxy=" + proxy + ", trustStore="
                + trustStore + "}";
    }

    /** Builds {@link HttpOptions}; every setter validates at once and names the parameter. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 4;
        private Duration maxRetryDelay = Duration.ofSeconds(60);
        private Duration retryBudget = Duration.ofSeconds(120);
        private long maxResponseBytes = 64L * 1024 * 1024;
        private int schematicsRequestsPerMinute = 50;
        private ProxySettings proxy;
        private Path trustStore;
        private String trustStoreType = "PKCS12";
        private String trustStorePassword;
        private String userAgentSuffix;
        private OkHttpClient baseClient;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private ClientLog log = ClientLog.NONE;

        private Builder() {
        }

        private Builder(HttpOptions o) {
            connectTimeout = o.connectTimeout;
            readTimeout = o.readTimeout;
            callTimeout = o.callTimeout;
            maxAttempts = o.maxAttempts;
            maxRetryDelay = o.maxRetryDelay;
            retryBudget = o.retryBudget;
            maxResponseBytes = o.maxResponseBytes;
            schematicsRequestsPerMinute = o.schematicsRequestsPerMinute;
            proxy = o.proxy;
            trustStore = o.trustStore;
            trustStoreType = o.trustStoreType;
            trustStorePassword = o.trustStorePassword;
            userAgentSuffix = o.userAgentSuffix;
            baseClient = o.baseClient;
            clock = o.clock;
            sleeper = o.sleeper;
            log = o.log;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = checkDuration("connectTimeout", timeout, Duration.ofMillis(1), Duration.ofMinutes(10));
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = checkDuration("readTimeout", timeout, Duration.ofMillis(1), Duration.ofMinutes(10));
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = checkDuration("callTimeout", timeout, Duration.ofMillis(1), Duration.ofMinutes(30));
            return this;
        }

        /** Sets the attempts per call, 1 (no retry) to 10. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("maxAttempts " + attempts + " is out of range: use 1 to 10");
            }
            this.maxAttempts = attempts;
            return this;
        }

        public Builder maxRetryDelay(Duration delay) {
            this.maxRetryDelay = checkDuration("maxRetryDelay", delay, Duration.ZERO, Duration.ofMinutes(10));
            return this;
        }

        public Builder retryBudget(Duration budget) {
            this.retryBudget = checkDuration("retryBudget", budget, Duration.ZERO, Duration.ofMinutes(30));
            return this;
        }

        /** Sets the largest response body accepted, 1 KiB to 1 GiB. */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1024 || bytes > 1024L * 1024 * 1024) {
                throw new IllegalArgumentException(
                        "maxResponseBytes " + bytes + " is out of range: use 1024 (1 KiB) to 1073741824 (1 GiB)");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Sets the Schematics requests sent per region and minute at most, 0 (no pacing) to 10000; default 50, the
         * API's documented limit per user. Lower it when other tools use the same identity at the same time.
         */
        public Builder schematicsRequestsPerMinute(int requests) {
            if (requests < 0 || requests > 10_000) {
                throw new IllegalArgumentException("schematicsRequestsPerMinute " + requests
                        + " is out of range: use 0 (no pacing) to 10000; Schematics allows 50 per region and user");
            }
            this.schematicsRequestsPerMinute = requests;
            return this;
        }

        public Builder proxy(ProxySettings proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * Trusts the certificates in {@code path} instead of the JVM's default trust store. Hostname verification
         * stays on.
         *
         * @param type {@code PKCS12} or {@code JKS}; null means PKCS12
         * @param password the store password, or null
         */
        public Builder trustStore(Path path, String type, String password) {
            if (path == null) {
                this.trustStore = null;
                return this;
            }
            String storeType = type == null || type.isBlank() ? "PKCS12" : type.trim().toUpperCase(java.util.Locale.ROOT);
            if (!storeType.equals("PKCS12") && !storeType.equals("JKS")) {
                throw new IllegalArgumentException("trustStoreType '" + type + "' is not supported: use PKCS12 or JKS");
            }
            this.trustStore = path;
            this.trustStoreType = storeType;
            this.trustStorePassword = password;
            return this;
        }

        /** Adds a product token after {@code schematics-ci/<version>}, e.g. {@code schematics-maven-plugin/1.0}. */
        public Builder userAgentSuffix(String suffix) {
            if (suffix != null && !suffix.matches("[\\x21-\\x7e]+( [\\x21-\\x7e]+)*")) {
                throw new IllegalArgumentException(
                        "userAgentSuffix must be printable ASCII product tokens such as 'schematics-maven-plugin/1.0'");
            }
            this.userAgentSuffix = suffix;
            return this;
        }

        /** Shares this client's connection pool and dispatcher; core derives its own with {@code newBuilder()}. */
        public Builder baseClient(OkHttpClient client) {
            this.baseClient = client;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public Builder log(ClientLog log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        public HttpOptions build() {
            if (callTimeout.compareTo(connectTimeout) < 0) {
                throw new IllegalArgumentException("callTimeout (" + callTimeout
                        + ") is shorter than connectTimeout (" + connectTimeout + "): make it at least as long");
            }
            return new HttpOptions(this);
        }

        private static Duration checkDuration(String name, Duration value, Duration min, Duration max) {
            if (value == null) {
                throw new IllegalArgumentException(name + " is null: give a duration from " + min + " to " + max);
            }
            if (value.compareTo(min) < 0) {
                throw new IllegalArgumentException(name + " " + value + " is too small: use " + min + " to " + max);
            }
            if (value.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " " + value + " is too large: use " + min + " to " + max);
            }
            return value;
        }
    }
}
