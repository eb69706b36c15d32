package io.github.schematicsci.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.workspace.LookupResult;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
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

/**
 * What a build step does: look one workspace up, by id or by name (no region given, so a name search must read
 * every search endpoint), with its outputs.
 *
 * <ul>
 *   <li>{@code cold}: a new session per operation, as a new build process has: a new HTTP client (connection pool,
 *       TLS setup), a new token from IAM.
 *   <li>{@code warm}: one session, its token cached and its connections open, as a Jenkins controller running many
 *       builds has.
 * </ul>
 * {@code ours} is {@code IbmCloud.workspaces().lookup(...)}; {@code raw} makes exactly the requests the API needs
 * for the same answer (token, list pages of every search endpoint or one GET, then the outputs) with plain OkHttp
 * and Jackson trees, and checks the name is unique as ours does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LookupBenchmark {
    @Param({"id", "name"})
    public String by;

    @Param({"cold", "warm"})
    public String session;

    private BenchEnv env;
    private WorkspaceLookup lookup;
    private IbmCloud warmCloud;
    private RawClient warmRaw;
    private String warmToken;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        env = BenchEnv.get();
        WorkspaceLookup.Builder builder = WorkspaceLookup.builder().outputs(true);
        lookup = (by.equals("id") ? builder.id(env.lookupId()) : builder.name(env.lookupName())).build();
        boolean oursSide = params.getBenchmark().endsWith(".ours");
        if (session.equals("warm")) {
            if (oursSide) {
                warmCloud = IbmCloud.builder().credential(ApiKey.of(env.lookupKey())).endpoints(env.endpoints())
                        .httpOptions(BenchEnv.oursHttp().build()).sharedTokens(false).build();
                warmCloud.token();
            } else {
                warmRaw = new RawClient(new OkHttpClient(), env.iamUrl(), env.schematicsTemplate());
                warmToken = warmRaw.token(env.lookupKey());
            }
        }
        Object found = oursSide ? ours() : raw();
        String id = found instanceof LookupResult r ? r.workspace().id()
                : ((RawResult) found).workspace().path("id").asText();
        if (!id.equals(env.lookupId())) {
            throw new IllegalStateException("the lookup found " + id + ", expected " + env.lookupId());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (warmRaw != null) {
            warmRaw.http().connectionPool().evictAll();
        }
    }

    @Benchmark
    public LookupResult ours() {
        if (warmCloud != null) {
            return warmCloud.workspaces().lookup(lookup);
        }
        OkHttpClient base = new OkHttpClient();
        try {
            IbmCloud cloud = IbmCloud.builder()
                    .credential(ApiKey.of(env.lookupKey()))
                    .endpoints(env.endpoints())
                    .httpOptions(BenchEnv.oursHttp().baseClient(base).build())
                    .sharedTokens(false)
                    .build();
            return cloud.workspaces().lookup(lookup);
        } finally {
            base.connectionPool().evictAll(); // a finished process's sockets are gone too
        }
    }

    @Benchmark
    public RawResult raw() {
        if (warmRaw != null) {
            return rawLookup(warmRaw, warmToken);
        }
        RawClient client = new RawClient(new OkHttpClient(), env.iamUrl(), env.schematicsTemplate());
        try {
            return rawLookup(client, client.token(env.lookupKey()));
        } finally {
            client.http().connectionPool().evictAll();
        }
    }

    /** The raw answer: the workspace and its outputs, as Jackson trees. */
    public record RawResult(JsonNode workspace, JsonNode outputs) {
    }

    private RawResult rawLookup(RawClient client, String token) {
        if (by.equals("id")) {
            String id = env.lookupId();
            String region = id.substring(0, id.indexOf('.'));
            return new RawResult(client.workspace(token, region, id), client.outputs(token, region, id));
        }
        String name = env.lookupName();
        List<JsonNode> matches = new ArrayList<>(1);
        List<String> endpoints = new ArrayList<>(1);
        for (String endpoint : Fixture.SEARCH_ENDPOINTS) {
            client.list(token, endpoint, workspace -> {
                if (name.equals(workspace.path("name").asText())) {
                    matches.add(workspace);
                    endpoints.add(endpoint);
                }
            });
        }
        if (matches.size() != 1) {
            throw new IllegalStateException(matches.size() + " workspaces are named " + name);
        }
        JsonNode workspace = matches.get(0);
        return new RawResult(workspace, client.outputs(token, endpoints.get(0), workspace.path("id").asText()));
    }
}
