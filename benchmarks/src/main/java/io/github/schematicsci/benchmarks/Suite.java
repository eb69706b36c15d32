package io.github.schematicsci.benchmarks;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the whole comparison in one go and writes the results: JMH's JSON per trial, {@code results.csv},
 * {@code results.json} and {@code summary.md} (tables with ratios computed from this run).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.schematicsci.benchmarks.Suite [--quick] [--out DIR]
 *     [--only trips,cpu,token,list,lookup] [--sizes 100,2000,10000] [--threads 1,8,32] [--no-lifetime]
 * </pre>
 *
 * This JVM hosts the emulator (rate limit off) and drives JMH; every trial runs in a JMH fork that holds client
 * code only, so {@code -prof gc}'s bytes per operation are the client's. Between trials the emulator's request log
 * is read, so each trial also reports the requests it caused.
 */
public final class Suite {
    /** JMH settings of one group of benchmarks. */
    record Profile(int forks, int warmupIterations, Duration warmupTime, int measurementIterations,
            Duration measurementTime) {
        String describe() {
            return forks + " fork(s), warmup " + warmupIterations + " × " + warmupTime.toMillis() / 1000.0
                    + " s, measurement " + measurementIterations + " × " + measurementTime.toMillis() / 1000.0 + " s";
        }
    }

    /** One JMH trial's outcome. */
    record Measured(String group, String side, Map<String, String> params, int threads, double score, double error,
            String unit, double allocBytesPerOp, double allocError, long ops, Map<Route, Integer> requests,
            String jmhJson, String loadBefore, String loadAfter) {
    }

    private final boolean quick;
    private final Path out;
    private final Set<String> only;
    private final List<Integer> sizes;
    private final List<Integer> threads;
    private final boolean lifetime;
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<Measured> measured = new ArrayList<>();
    private Emulator emulator;
    private List<String> forkArgs;

    private Suite(boolean quick, Path out, Set<String> only, List<Integer> sizes, List<Integer> threads,
            boolean lifetime) {
        this.quick = quick;
        this.out = out;
        this.only = only;
        this.sizes = sizes;
        this.threads = threads;
        this.lifetime = lifetime;
        if (quick) {
            profiles.put("token", new Profile(1, 3, Duration.ofSeconds(1), 8, Duration.ofSeconds(1)));
            profiles.put("list", new Profile(1, 4, Duration.ofSeconds(2), 5, Duration.ofSeconds(2)));
            profiles.put("lookup", new Profile(1, 8, Duration.ofSeconds(1), 5, Duration.ofSeconds(1)));
        } else {
            profiles.put("token", new Profile(3, 5, Duration.ofSeconds(2), 10, Duration.ofSeconds(2)));
            profiles.put("list", new Profile(3, 5, Duration.ofSeconds(3), 10, Duration.ofSeconds(3)));
            profiles.put("lookup", new Profile(3, 10, Duration.ofSeconds(2), 10, Duration.ofSeconds(2)));
        }
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path out = Path.of("benchmarks", "target", "results");
        Set<String> only = new LinkedHashSet<>(List.of("trips", "cpu", "token", "list", "lookup"));
        List<Integer> sizes = List.of(100, 2000, 10_000);
        List<Integer> threads = List.of(1, 8, 32);
        boolean lifetime = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--full" -> quick = false;
                case "--no-lifetime" -> lifetime = false;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value(args, ++i, arg).split(",")));
                case "--sizes" -> sizes = integers(value(args, ++i, arg));
                case "--threads" -> threads = integers(value(args, ++i, arg));
                case "--help", "-h" -> {
                    System.out.println("Suite [--quick|--full] [--out DIR] [--only trips,cpu,token,list,lookup] "
                            + "[--sizes 100,2000,10000] [--threads 1,8,32] [--no-lifetime]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
            }
        }
        Set<String> known = Set.of("trips", "cpu", "token", "list", "lookup");
        if (!known.containsAll(only)) {
            throw new IllegalArgumentException("--only takes " + known + ": " + only);
        }
        new Suite(quick, out, only, sizes, threads, lifetime).run();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static List<Integer> integers(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        Files.createDirectories(out.resolve("jmh"));
        Fixture fixture = Fixture.of(sizes);
        List<RoundTrips.Row> trips = List.of();
        List<ClientCpu.Row> cpu = List.of();
        try (Emulator emu = fixture.start(Duration.ofHours(1))) {
            emulator = emu;
            forkArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
            fixture.systemProperties(emu).forEach((k, v) -> forkArgs.add("-D" + k + "=" + v));
            log("emulator " + emu + " with " + fixture.seed().workspaces().size() + " workspaces; results in "
                    + out.toAbsolutePath());

            if (only.contains("trips")) {
                log("round trips (request counts, no JMH)");
                Duration life = Duration.ofSeconds(60);
                Duration lifeRun = lifetime ? Duration.ofSeconds(quick ? 70 : 130) : Duration.ZERO;
                trips = RoundTrips.run(emu, fixture, quick ? 10 : 50, life, lifeRun);
            }
            if (only.contains("list") || only.contains("lookup") || only.contains("cpu")) {
                warmUp(fixture);
            }
            if (only.contains("cpu")) {
                log("client CPU per operation (caller thread, clients taking turns; no JMH)");
                cpu = ClientCpu.run(emu, fixture, quick);
            }
            if (only.contains("token")) {
                for (int t : threads) {
                    for (String side : List.of("ours", "sdkCore")) {
                        trial("token", TokenBenchmark.class, side, Map.of(), t, false);
                    }
                }
            }
            if (only.contains("list")) {
                for (int n : sizes) {
                    for (String side : List.of("ours", "raw", "sdkCore")) {
                        trial("list", ListBenchmark.class, side, Map.of("n", Integer.toString(n)), 1, true);
                    }
                }
            }
            if (only.contains("lookup")) {
                for (String by : List.of("id", "name")) {
                    for (String session : List.of("cold", "warm")) {
                        for (String side : List.of("ours", "raw")) {
                            Map<String, String> params = new LinkedHashMap<>();
                            params.put("by", by);
                            params.put("session", session);
                            trial("lookup", LookupBenchmark.class, side, params, 1, true);
                        }
                    }
                }
            }
        }
        Report report = new Report(quick, profiles, measured, trips, cpu, started, Instant.now());
        report.write(out);
        log("wrote " + out.resolve("summary.md").toAbsolutePath());
        System.out.println();
        System.out.println(Files.readString(out.resolve("summary.md")));
    }

    /**
     * Serves every kind of request many times before the first trial, so the emulator's own code is compiled by
     * then and the first trial does not pay for warming up the server the later ones use.
     */
    private void warmUp(Fixture fixture) {
        long started = System.nanoTime();
        RawClient client = new RawClient(new okhttp3.OkHttpClient(), emulator.iamUrl(),
                emulator.schematicsUrlTemplate());
        for (int n : sizes) {
            String token = client.token(fixture.listTenant(n).apiKey());
            int rounds = Math.max(3, 20_000 / Math.max(n, 1));
            for (int i = 0; i < Math.min(rounds, 100); i++) {
                client.list(token, Fixture.LIST_REGION, w -> { });
            }
        }
        String token = client.token(fixture.lookupTenant().apiKey());
        String id = fixture.lookupId();
        String region = id.substring(0, id.indexOf('.'));
        for (int i = 0; i < 300; i++) {
            client.workspace(token, region, id);
            client.outputs(token, region, id);
            client.list(token, Fixture.SEARCH_ENDPOINTS.get(i % Fixture.SEARCH_ENDPOINTS.size()), w -> { });
        }
        client.http().connectionPool().evictAll();
        log("emulator warmed up in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void trial(String group, Class<?> benchmark, String side, Map<String, String> params, int threadCount,
            boolean gc) throws Exception {
        Profile profile = profiles.get(group);
        String label = group + "-" + side + params.values().stream().map(v -> "-" + v).collect(Collectors.joining())
                + (group.equals("token") ? "-t" + threadCount : "");
        Path json = out.resolve("jmh").resolve(label + ".json");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName() + "." + side) + "$")
                .forks(profile.forks())
                .warmupIterations(profile.warmupIterations())
                .warmupTime(TimeValue.milliseconds(profile.warmupTime().toMillis()))
                .measurementIterations(profile.measurementIterations())
                .measurementTime(TimeValue.milliseconds(profile.measurementTime().toMillis()))
                .threads(threadCount)
                .jvmArgs(forkArgs.toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON);
        params.forEach((k, v) -> options.param(k, v));
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        String loadBefore = loadAverage();
        log("trial " + label + " (load average " + loadBefore + ")");
        emulator.requests().clear();
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException(label + " gave " + results.size() + " results, expected 1");
        }
        RunResult result = results.iterator().next();
        Result<?> primary = result.getPrimaryResult();
        Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
        long ops = 0;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            if (fork.getMetadata() != null) {
                ops += fork.getMetadata().getWarmupOps() + fork.getMetadata().getMeasurementOps();
            }
        }
        Map<Route, Integer> requests = new EnumMap<>(Route.class);
        for (Route route : RoundTrips.ROUTES) {
            requests.put(route, emulator.requests().count(route));
        }
        measured.add(new Measured(group, side, params, threadCount, primary.getScore(), primary.getScoreError(),
                primary.getScoreUnit(), alloc == null ? Double.NaN : alloc.getScore(),
                alloc == null ? Double.NaN : alloc.getScoreError(), ops, requests, out.relativize(json).toString(),
                loadBefore, loadAverage()));
    }

    /**
     * Returns the 1-minute load average ({@code /proc/loadavg}), or "" where there is none. Above the number of
     * cores, something else was running: the trial's numbers then carry that noise.
     */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static void log(String message) {
        System.out.println("[suite] " + message);
        System.out.flush();
    }
}
