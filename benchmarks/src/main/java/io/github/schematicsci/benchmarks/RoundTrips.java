package io.github.schematicsci.benchmarks;

import com.ibm.cloud.sdk.core.security.IamAuthenticator;
import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.http.ClientLog;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Counts requests, not time: what each client sends to the emulator for one operation, read from the emulator's
 * request log, next to the minimum the API allows. Runs in the suite's JVM, next to the emulator, outside JMH.
 */
final class RoundTrips {
    /** Routes in table order. */
    static final List<Route> ROUTES = List.of(Route.TOKEN, Route.ACCOUNTS, Route.WORKSPACES_LIST, Route.WORKSPACE_GET,
            Route.WORKSPACE_OUTPUTS);

    /** One measured scenario: requests per route made by one client, and the minimum per route. */
    record Row(String table, String scenario, String client, Map<Route, Integer> made, Map<Route, Integer> minimum,
            String note) {
        int total() {
            return made.values().stream().mapToInt(Integer::intValue).sum();
        }

        int minimumTotal() {
            return minimum.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Longer than the JDK server's idle-connection timeout (30 s, checked every 10 s). */
    static final Duration IDLE = Duration.ofSeconds(45);

    private final Emulator emulator;
    private final Fixture fixture;
    private final Endpoints endpoints;
    private final List<Row> rows = new ArrayList<>();

    private RoundTrips(Emulator emulator, Fixture fixture) {
        this.emulator = emulator;
        this.fixture = fixture;
        this.endpoints = Endpoints.builder().iam(emulator.iamUrl()).accounts(emulator.accountsUrl())
                .schematics(emulator.schematicsUrlTemplate()).build();
    }

    /**
     * Runs every count: cold start of 32 concurrent first callers ({@code rounds} times), the hot path after it,
     * list for each size, lookups; then, when {@code lifetimeRun} is positive, token renewal over that much real
     * time with tokens of {@code lifetime}.
     */
    static List<Row> run(Emulator emulator, Fixture fixture, int rounds, Duration lifetime, Duration lifetimeRun)
            throws Exception {
        RoundTrips trips = new RoundTrips(emulator, fixture);
        trips.tokenColdStart(rounds, 32, 2_000);
        trips.lists();
        trips.lookups();
        if (!lifetimeRun.isZero()) {
            // The idle lookups wait on real time too: run them while the token-lifetime run goes on.
            List<Row> idleRows = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicReference<Throwable> idleFailure = new AtomicReference<>();
            List<Thread> idle = new ArrayList<>();
            for (String client : List.of("ours", "raw")) {
                Thread thread = new Thread(() -> {
                    try {
                        idleRows.add(trips.idleLookup(client, IDLE));
                    } catch (Throwable e) {
                        idleFailure.set(e);
                    }
                }, "idle-lookup-" + client);
                idle.add(thread);
                thread.start();
            }
            trips.tokenLifetimes(fixture, lifetime, lifetimeRun, 32);
            for (Thread thread : idle) {
                thread.join();
            }
            if (idleFailure.get() != null) {
                throw new IllegalStateException("idle lookups failed", idleFailure.get());
            }
            trips.rows.addAll(idleRows);
        }
        return trips.rows;
    }

    // ---------------------------------------------------------------- tokens

    private void tokenColdStart(int rounds, int threads, int callsPerThread) throws Exception {
        String key = fixture.lookupTenant().apiKey();
        String scenario = threads + " concurrent first callers, then " + callsPerThread + " calls each";
        coldStart("ours", scenario, rounds, threads, callsPerThread, () -> {
            IbmCloud cloud = ours(key, endpoints, BenchEnv.oursHttp().build());
            return () -> cloud.token().accessToken();
        });
        coldStart("sdkCore", scenario, rounds, threads, callsPerThread, () -> {
            IamAuthenticator authenticator = new IamAuthenticator.Builder().apikey(key).url(emulator.iamUrl()).build();
            return authenticator::getToken;
        });
    }

    /** {@code rounds} times: a new client, {@code threads} callers released at once, each then calling on. */
    private void coldStart(String client, String scenario, int rounds, int threads, int callsPerThread,
            Supplier<Supplier<String>> newClient) throws Exception {
        int min = Integer.MAX_VALUE;
        int max = 0;
        int total = 0;
        for (int round = 0; round < rounds; round++) {
            emulator.requests().clear();
            Supplier<String> token = newClient.get();
            CyclicBarrier start = new CyclicBarrier(threads);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread caller = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < 1 + callsPerThread; i++) {
                            if (token.get().isEmpty()) {
                                throw new IllegalStateException("empty token");
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "cold-start-" + client + "-" + t);
                callers.add(caller);
                caller.start();
            }
            for (Thread caller : callers) {
                caller.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException(client + " cold start failed", failure.get());
            }
            int made = emulator.requests().count(Route.TOKEN);
            min = Math.min(min, made);
            max = Math.max(max, made);
            total += made;
        }
        Map<Route, Integer> made = counts(r -> true);
        made.put(Route.TOKEN, max);
        rows.add(new Row("token", scenario, client, made, minimum(1, 0, 0, 0, 0),
                "IAM requests per round over " + rounds + " rounds: min " + min + ", max " + max + ", total " + total));
    }

    /**
     * Both clients side by side for {@code run} of real time with tokens of {@code lifetime}, {@code threads}
     * callers each asking every 5 ms. A token is due for renewal after 80 % of its lifetime (both clients), so the
     * least a client can send is one request per started 80 % of a lifetime.
     */
    private void tokenLifetimes(Fixture fixture, Duration lifetime, Duration run, int threads) throws Exception {
        try (Emulator timed = fixture.start(lifetime)) {
            String key = fixture.lookupTenant().apiKey();
            Endpoints timedEndpoints = Endpoints.builder().iam(timed.iamUrl()).accounts(timed.accountsUrl())
                    .schematics(timed.schematicsUrlTemplate()).build();
            RecordingLog log = new RecordingLog();
            IbmCloud cloud = ours(key, timedEndpoints, BenchEnv.oursHttp().log(log).build());
            IamAuthenticator authenticator = new IamAuthenticator.Builder().apikey(key).url(timed.iamUrl()).build();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < threads * 2; t++) {
                Supplier<String> token = t % 2 == 0 ? () -> cloud.token().accessToken() : authenticator::getToken;
                Thread caller = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            if (token.get().isEmpty()) {
                                throw new IllegalStateException("empty token");
                            }
                            TimeUnit.MILLISECONDS.sleep(5);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "lifetime-" + t);
                callers.add(caller);
                caller.start();
            }
            // Watch the log meanwhile, to tell when each token request came (seconds after the start).
            Map<Long, Double> seenAt = new java.util.HashMap<>();
            long start = System.nanoTime();
            long end = start + run.toNanos();
            while (System.nanoTime() < end) {
                double now = (System.nanoTime() - start) / 1e9;
                for (RecordedRequest request : timed.requests().all()) {
                    seenAt.putIfAbsent(request.sequence(), now);
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            stop.set(true);
            for (Thread caller : callers) {
                caller.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("token lifetime run failed", failure.get());
            }
            long renewEvery = lifetime.toMillis() * 4 / 5;
            int least = 1 + (int) (run.toMillis() / renewEvery);
            String scenario = threads + " threads for " + run.toSeconds() + " s, tokens of " + lifetime.toSeconds()
                    + " s";
            // core sends Basic bx:bx; IBM's authenticator sends no Basic header (its default client).
            Predicate<RecordedRequest> ours = r -> "bx".equals(r.basicClientId());
            rows.add(new Row("lifetime", scenario, "ours", routeCounts(timed, ours), minimum(least, 0, 0, 0, 0),
                    grants(timed, ours, seenAt) + log.summary()));
            rows.add(new Row("lifetime", scenario, "sdkCore", routeCounts(timed, ours.negate()),
                    minimum(least, 0, 0, 0, 0), grants(timed, ours.negate(), seenAt)));
        }
    }

    private static String grants(Emulator emulator, Predicate<RecordedRequest> filter, Map<Long, Double> seenAt) {
        StringBuilder text = new StringBuilder("grants (s after start):");
        for (RecordedRequest request : emulator.requests().all()) {
            if (request.route() == Route.TOKEN && filter.test(request)) {
                Double at = seenAt.get(request.sequence());
                text.append(' ').append(request.grantType() == null ? "?" : request.grantType()
                        .replace("urn:ibm:params:oauth:grant-type:", ""))
                        .append(at == null ? "" : String.format(java.util.Locale.ROOT, "@%.1f", at));
            }
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- list

    private void lists() throws IOException {
        for (int n : fixture.listSizes()) {
            String key = fixture.listTenant(n).apiKey();
            String scenario = "list " + n + " in " + Fixture.LIST_REGION + ", warm";
            Map<Route, Integer> least = minimum(0, 0, Fixture.pages(n), 0, 0);

            IbmCloud cloud = ours(key, endpoints, BenchEnv.oursHttp().build());
            cloud.token();
            ListOptions options = ListOptions.builder().region(Region.of(Fixture.LIST_REGION)).build();
            int[] seen = new int[1];
            measure("list", scenario, "ours", least, () -> cloud.workspaces().list(options).forEach(w -> seen[0]++));

            RawClient raw = new RawClient(new OkHttpClient(), emulator.iamUrl(), emulator.schematicsUrlTemplate());
            String token = raw.token(key);
            measure("list", scenario, "raw", least, () -> raw.list(token, Fixture.LIST_REGION, w -> { }));
            raw.http().connectionPool().evictAll();

            SdkCoreSchematics sdk = new SdkCoreSchematics(emulator.schematicsUrl(Fixture.LIST_REGION),
                    new IamAuthenticator.Builder().apikey(key).url(emulator.iamUrl()).build());
            sdk.list(w -> { });
            measure("list", scenario, "sdkCore", least, () -> sdk.list(w -> { }));
        }
    }

    // ---------------------------------------------------------------- lookup

    private void lookups() {
        Fixture.Tenant tenant = fixture.lookupTenant();
        String key = tenant.apiKey();
        String id = fixture.lookupId();
        String name = fixture.lookupName();
        String idRegion = id.substring(0, id.indexOf('.'));
        int searchPages = 0;
        for (String endpoint : Fixture.SEARCH_ENDPOINTS) {
            int served = 0;
            for (String location : Fixture.SERVED_BY.get(endpoint)) {
                served += tenant.workspacesPerLocation().getOrDefault(location, 0);
            }
            searchPages += Fixture.pages(served);
        }
        int regionPages = Fixture.pages(tenant.workspacesPerLocation().get(idRegion));

        for (boolean cold : new boolean[] {true, false}) {
            int token = cold ? 1 : 0;
            String session = cold ? "cold" : "warm";
            IbmCloud warm = ours(key, endpoints, BenchEnv.oursHttp().build());
            warm.token();
            Supplier<IbmCloud> ours = () -> cold ? ours(key, endpoints, BenchEnv.oursHttp().build()) : warm;
            RawClient rawClient =
                    new RawClient(new OkHttpClient(), emulator.iamUrl(), emulator.schematicsUrlTemplate());
            String warmToken = rawClient.token(key);
            Supplier<String> rawToken = () -> cold ? rawClient.token(key) : warmToken;

            String byId = "by id, " + session;
            Map<Route, Integer> idLeast = minimum(token, 0, 0, 1, 1);
            measure("lookup", byId, "ours", idLeast,
                    () -> ours.get().workspaces().lookup(WorkspaceLookup.builder().id(id).build()));
            measure("lookup", byId, "raw", idLeast, () -> {
                String t = rawToken.get();
                rawClient.workspace(t, idRegion, id);
                rawClient.outputs(t, idRegion, id);
            });

            String byName = "by name, no region, " + session;
            Map<Route, Integer> nameLeast = minimum(token, 0, searchPages, 0, 1);
            measure("lookup", byName, "ours", nameLeast,
                    () -> ours.get().workspaces().lookup(WorkspaceLookup.builder().name(name).build()));
            measure("lookup", byName, "raw", nameLeast, () -> {
                String t = rawToken.get();
                for (String endpoint : Fixture.SEARCH_ENDPOINTS) {
                    rawClient.list(t, endpoint, w -> { });
                }
                rawClient.outputs(t, idRegion, id);
            });

            String byNameRegion = "by name, region " + idRegion + ", " + session;
            Map<Route, Integer> regionLeast = minimum(token, 0, regionPages, 0, 1);
            measure("lookup", byNameRegion, "ours", regionLeast,
                    () -> ours.get().workspaces()
                            .lookup(WorkspaceLookup.builder().name(name).region(idRegion).build()));
            measure("lookup", byNameRegion, "raw", regionLeast, () -> {
                String t = rawToken.get();
                rawClient.list(t, idRegion, w -> { });
                rawClient.outputs(t, idRegion, id);
            });
            rawClient.http().connectionPool().evictAll();
        }
    }

    /**
     * A warm session left idle for {@code idle}, longer than the server keeps an idle connection open (the JDK
     * server behind the emulator: 30 s, checked every 10 s): the next lookup finds its pooled connection closed.
     * Counts requests and times the lookup before and after the pause, for core and for plain OkHttp.
     */
    private Row idleLookup(String client, Duration idle) throws InterruptedException {
        String key = fixture.lookupTenant().apiKey();
        String id = fixture.lookupId();
        String region = id.substring(0, id.indexOf('.'));
        Runnable lookup;
        RecordingLog log = new RecordingLog();
        if (client.equals("ours")) {
            IbmCloud cloud = ours(key, endpoints, BenchEnv.oursHttp().log(log).build());
            WorkspaceLookup byId = WorkspaceLookup.builder().id(id).build();
            lookup = () -> cloud.workspaces().lookup(byId);
        } else {
            RawClient raw = new RawClient(new OkHttpClient(), emulator.iamUrl(), emulator.schematicsUrlTemplate());
            String token = raw.token(key);
            lookup = () -> {
                raw.workspace(token, region, id);
                raw.outputs(token, region, id);
            };
        }
        lookup.run();
        long before = System.nanoTime();
        lookup.run();
        long warmMicros = (System.nanoTime() - before) / 1000;
        TimeUnit.MILLISECONDS.sleep(idle.toMillis());
        long sequence = emulator.requests().all().stream().mapToLong(RecordedRequest::sequence).max().orElse(0);
        before = System.nanoTime();
        lookup.run();
        long afterIdleMicros = (System.nanoTime() - before) / 1000;
        // Both clients pause at the same time; tell their requests apart by user agent (core: schematics-ci/…).
        boolean oursClient = client.equals("ours");
        Predicate<RecordedRequest> mine = r -> r.sequence() > sequence
                && String.valueOf(r.userAgent()).startsWith("schematics-ci/") == oursClient;
        Map<Route, Integer> made = routeCounts(emulator, mine);
        return new Row("idle", "by id, warm session idle " + idle.toSeconds() + " s", client, made,
                minimum(0, 0, 0, 1, 1), String.format(java.util.Locale.ROOT,
                        "lookup before the pause %.1f ms, after it %.1f ms%s", warmMicros / 1000.0,
                        afterIdleMicros / 1000.0, log.summary()));
    }

    /** Collects core's log lines about retries and failures. */
    static final class RecordingLog implements ClientLog {
        private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warn(String message) {
            lines.add(message);
        }

        String summary() {
            synchronized (lines) {
                if (lines.isEmpty()) {
                    return "";
                }
                return "; core logged: " + String.join(" | ", lines.stream().map(RecordingLog::shorten).toList());
            }
        }

        private static String shorten(String line) {
            return line.replaceAll("https?://127\\.0\\.0\\.1:\\d+", "").replace('|', '/');
        }
    }

    // ---------------------------------------------------------------- helpers

    private static IbmCloud ours(String key, Endpoints endpoints, HttpOptions options) {
        return IbmCloud.builder().credential(ApiKey.of(key)).endpoints(endpoints).httpOptions(options)
                .sharedTokens(false).build();
    }

    private void measure(String table, String scenario, String client, Map<Route, Integer> least, Runnable operation) {
        emulator.requests().clear();
        operation.run();
        rows.add(new Row(table, scenario, client, counts(r -> true), least, ""));
    }

    private Map<Route, Integer> counts(Predicate<RecordedRequest> filter) {
        return routeCounts(emulator, filter);
    }

    private static Map<Route, Integer> routeCounts(Emulator emulator, Predicate<RecordedRequest> filter) {
        Map<Route, Integer> counts = new EnumMap<>(Route.class);
        for (Route route : ROUTES) {
            counts.put(route, emulator.requests().count(r -> r.route() == route && filter.test(r)));
        }
        int other = emulator.requests().count(r -> !ROUTES.contains(r.route()) && filter.test(r));
        if (other > 0) {
            counts.put(Route.UNKNOWN, other);
        }
        return counts;
    }

    private static Map<Route, Integer> minimum(int token, int accounts, int list, int get, int outputs) {
        Map<Route, Integer> least = new EnumMap<>(Route.class);
        least.put(Route.TOKEN, token);
        least.put(Route.ACCOUNTS, accounts);
        least.put(Route.WORKSPACES_LIST, list);
        least.put(Route.WORKSPACE_GET, get);
        least.put(Route.WORKSPACE_OUTPUTS, outputs);
        return least;
    }
}
