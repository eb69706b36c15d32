package io.github.schematicsci.core.testing;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.account.AccountsClient;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.IamClient;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.core.internal.HttpCaller;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.EmulatorClock;
import io.github.schematicsci.emulator.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * An emulator plus core clients wired to it, sharing one fake clock: retries "sleep" by advancing the clock, so no
 * test waits for real and the emulator sees the time pass.
 */
public final class Fixture implements AutoCloseable {
    /** Secrets of every emulator of this JVM so far, for the leak guard ({@link GuardedTest}). */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final Set<Fixture> LIVE = ConcurrentHashMap.newKeySet();

    public final Emulator emulator;
    public final EmulatorClock clock;
    public final CapturingLog log = new CapturingLog();
    public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final HttpOptions options;

    private Fixture(Seed seed, UnaryOperator<Emulator.Builder> emulatorSetup, UnaryOperator<HttpOptions.Builder> httpSetup) {
        this.clock = new EmulatorClock(java.time.Instant.parse("2026-12-04T10:00:00Z"));
        try {
            this.emulator = emulatorSetup.apply(Emulator.builder().seed(seed).clock(clock)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LIVE.add(this);
        this.options = httpSetup.apply(HttpOptions.builder()
                .clock(clock)
                .sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .log(log)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(10))).build();
    }

    public static Fixture start(Seed seed) {
        return new Fixture(seed, b -> b, b -> b);
    }

    public static Fixture start(Seed seed, UnaryOperator<Emulator.Builder> emulatorSetup) {
        return new Fixture(seed, emulatorSetup, b -> b);
    }

    public static Fixture start(Seed seed, UnaryOperator<Emulator.Builder> emulatorSetup,
            UnaryOperator<HttpOptions.Builder> httpSetup) {
        return new Fixture(seed, emulatorSetup, httpSetup);
    }

    public HttpOptions options() {
        return options;
    }

    public Endpoints endpoints() {
        return Endpoints.builder()
                .iam(emulator.iamUrl())
                .accounts(emulator.accountsUrl())
                .schematics(emulator.schematicsUrlTemplate())
                .build();
    }

    public IamClient iam() {
        return IamClient.builder().endpoints(endpoints()).httpOptions(options).build();
    }

    public AccountsClient accounts() {
        return AccountsClient.builder().endpoints(endpoints()).httpOptions(options).build();
    }

    /** A token manager of its own (not the process-wide one), so tests do not share tokens. */
    public TokenManager tokens(Credential credential, String account) {
        HttpCaller http = new HttpCaller(options);
        return TokenManager.create(IamClient.builder().endpoints(endpoints()).http(http).build(),
                AccountsClient.builder().endpoints(endpoints()).http(http).build(), credential, account);
    }

    public IbmCloud cloud(Credential credential) {
        return cloud(credential, null);
    }

    public IbmCloud cloud(Credential credential, String account) {
        return IbmCloud.builder().credential(credential).account(account).endpoints(endpoints())
                .httpOptions(options).sharedTokens(false).build();
    }

    /** Returns the test seeds' secrets and every seeded secret and issued token of the emulators started so far. */
    public static Set<String> knownSecrets() {
        Set<String> all = new HashSet<>(TestSeeds.SECRETS);
        all.addAll(SECRETS);
        for (Fixture fixture : LIVE) {
            all.addAll(fixture.emulator.seedSecrets());
            all.addAll(fixture.emulator.issuedTokens());
        }
        return all;
    }

    @Override
    public void close() {
        SECRETS.addAll(emulator.seedSecrets());
        SECRETS.addAll(emulator.issuedTokens());
        LIVE.remove(this);
        emulator.close();
    }
}
