package io.github.schematicsci.benchmarks;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.emulator.Emulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark fork needs: the emulator's URLs and the API keys, read from the system properties the suite
 * passes ({@link Fixture#systemProperties}).
 *
 * <p>Run without the suite (plain {@code java -jar benchmarks.jar}), a fork starts an emulator of its own instead
 * and says so: the numbers are then valid, but {@code -prof gc} also counts the emulator's allocations.
 */
final class BenchEnv {
    private static BenchEnv instance;

    private final Map<String, String> props;
    private final Emulator ownEmulator;

    private BenchEnv(Map<String, String> props, Emulator ownEmulator) {
        this.props = props;
        this.ownEmulator = ownEmulator;
    }

    /** Returns the environment of this JVM (one per fork), starting an emulator of its own when none was given. */
    static synchronized BenchEnv get() {
        if (instance != null) {
            return instance;
        }
        if (System.getProperty(Fixture.PROP_PREFIX + "iam") != null) {
            Map<String, String> props = new java.util.HashMap<>();
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith(Fixture.PROP_PREFIX)) {
                    props.put(name, System.getProperty(name));
                }
            }
            instance = new BenchEnv(props, null);
        } else {
            System.err.println("[benchmarks] no " + Fixture.PROP_PREFIX + "* properties: starting an in-process "
                    + "emulator (run through benchmarks/run.sh to keep the emulator out of -prof gc)");
            Fixture fixture = Fixture.of(List.of(100, 2000, 10_000));
            try {
                Emulator emulator = fixture.start(Duration.ofHours(1));
                Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "bench-emulator-stop"));
                instance = new BenchEnv(fixture.systemProperties(emulator), emulator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private String require(String name) {
        String value = props.get(Fixture.PROP_PREFIX + name);
        if (value == null) {
            throw new IllegalStateException("benchmark property " + Fixture.PROP_PREFIX + name + " is not set");
        }
        return value;
    }

    String iamUrl() {
        return require("iam");
    }

    String schematicsTemplate() {
        return require("schematics");
    }

    String schematicsUrl(String region) {
        return schematicsTemplate().replace("{region}", region);
    }

    String listKey(int n) {
        return require("list." + n + ".key");
    }

    String lookupKey() {
        return require("lookup.key");
    }

    String lookupId() {
        return require("lookup.id");
    }

    String lookupName() {
        return require("lookup.name");
    }

    /** Core's endpoints, all pointing at the emulator. */
    Endpoints endpoints() {
        return Endpoints.builder().iam(iamUrl()).accounts(iamUrl()).schematics(schematicsTemplate()).build();
    }

    /**
     * Core's HTTP options for the benchmarks: defaults, except that core's client-side pacing (50 Schematics
     * requests per minute and region, the real service's limit) is off, as the emulator's rate limit is.
     * Benchmarks measure work, not waiting for a rate-limit window.
     */
    static HttpOptions.Builder oursHttp() {
        return HttpOptions.builder().schematicsRequestsPerMinute(0);
    }

    boolean ownsEmulator() {
        return ownEmulator != null;
    }
}
