package io.github.schematicsci.benchmarks;

import com.ibm.cloud.sdk.core.security.IamAuthenticator;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.SchematicsClient;
import io.github.schematicsci.core.workspace.Workspace;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import okhttp3.OkHttpClient;

/**
 * List and parse every workspace of an account of {@code n} workspaces (all in one region, realistic payloads of a
 * few KB each) over HTTP from the emulator, with a valid cached token.
 *
 * <ul>
 *   <li>{@code ours}: {@code SchematicsClient.list(region)}, iterated to the end: pages of 2000, each parsed into
 *       core's immutable {@code Workspace} values (typed fields, parsed timestamps).
 *   <li>{@code raw}: the least work for the same workspaces: plain OkHttp GETs of the same pages and Jackson's
 *       {@code readTree}, nothing else.
 *   <li>{@code sdkCore}: IBM java-sdk-core's generic request path ({@code BaseService} + {@code RequestBuilder} +
 *       {@code ResponseConverterUtils}, Gson model, {@code IamAuthenticator}) on the same endpoint.
 * </ul>
 * Every workspace goes to a {@link Blackhole}; none is kept, so the heap holds at most one page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListBenchmark {
    @Param({"100", "2000", "10000"})
    public int n;

    private SchematicsClient ours;
    private ListOptions options;
    private RawClient raw;
    private String rawToken;
    private SdkCoreSchematics sdk;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        BenchEnv env = BenchEnv.get();
        String key = env.listKey(n);
        String side = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        // Only the side being measured is built and run here, so the fork's JIT sees only its code.
        switch (side) {
            case "ours" -> {
                TokenManager.clearShared();
                IbmCloud cloud = IbmCloud.builder().credential(ApiKey.of(key)).endpoints(env.endpoints())
                        .httpOptions(BenchEnv.oursHttp().build()).build();
                ours = cloud.workspaces();
                options = ListOptions.builder().region(Region.of(Fixture.LIST_REGION)).build();
                check(side, listOurs(w -> { }));
            }
            case "raw" -> {
                raw = new RawClient(new OkHttpClient(), env.iamUrl(), env.schematicsTemplate());
                rawToken = raw.token(key);
                check(side, raw.list(rawToken, Fixture.LIST_REGION, w -> { }));
            }
            case "sdkCore" -> {
                sdk = new SdkCoreSchematics(env.schematicsUrl(Fixture.LIST_REGION),
                        new IamAuthenticator.Builder().apikey(key).url(env.iamUrl()).build());
                check(side, sdk.list(w -> { }));
            }
            default -> throw new IllegalStateException("unknown benchmark " + params.getBenchmark());
        }
    }

    /** Each side must see every workspace, or the comparison is void. */
    private void check(String side, int seen) {
        if (seen != n) {
            throw new IllegalStateException(side + " listed " + seen + " workspaces, expected " + n);
        }
    }

    private int listOurs(Consumer<Workspace> sink) {
        int seen = 0;
        for (Workspace workspace : ours.list(options)) {
            sink.accept(workspace);
            seen++;
        }
        return seen;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (raw != null) {
            raw.http().connectionPool().evictAll();
        }
    }

    @Benchmark
    public int ours(Blackhole bh) {
        return listOurs(bh::consume);
    }

    @Benchmark
    public int raw(Blackhole bh) {
        return raw.list(rawToken, Fixture.LIST_REGION, bh::consume);
    }

    @Benchmark
    public int sdkCore(Blackhole bh) {
        return sdk.list(bh::consume);
    }
}
