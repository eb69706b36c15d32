package io.github.schematicsci.benchmarks;

import com.ibm.cloud.sdk.core.security.IamAuthenticator;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.IamToken;
import io.github.schematicsci.core.iam.TokenManager;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The token hot path: every API call asks for the bearer token, and while the cached one is valid that must cost
 * next to nothing, from any number of threads (Jenkins runs many builds in one JVM).
 *
 * <p>{@code ours}: {@code IbmCloud.token()} (core's process-wide {@code TokenManager}). {@code sdkCore}: IBM's
 * {@code IamAuthenticator.getToken()} (java-sdk-core), which its services call for every request. Both hold a
 * token fetched once from the emulator in setup; the measured calls make no request. The suite runs this at 1, 8
 * and 32 threads ({@code -t}); the threads share one manager / one authenticator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenBenchmark {
    private IbmCloud cloud;
    private IamAuthenticator authenticator;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        BenchEnv env = BenchEnv.get();
        // Only the measured side is built, and it fetches its one token here: the measurement sees a cached token.
        if (params.getBenchmark().endsWith(".ours")) {
            TokenManager.clearShared();
            cloud = IbmCloud.builder()
                    .credential(ApiKey.of(env.lookupKey()))
                    .endpoints(env.endpoints())
                    .build();
            require(cloud.token().accessToken());
        } else {
            authenticator = new IamAuthenticator.Builder().apikey(env.lookupKey()).url(env.iamUrl()).build();
            require(authenticator.getToken());
        }
    }

    private static void require(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException("no token from the emulator");
        }
    }

    @Benchmark
    public IamToken ours() {
        return cloud.token();
    }

    @Benchmark
    public String sdkCore() {
        return authenticator.getToken();
    }
}
