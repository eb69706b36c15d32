package io.github.schematicsci.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.schematicsci.emulator.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one suite run into {@code summary.md}, {@code results.csv} and {@code results.json}. Every ratio is
 * computed here from the scores of this run; its error is the two JMH errors (99.9 % confidence half-widths)
 * combined in quadrature, relative to each score.
 */
final class Report {
    private final boolean quick;
    private final Map<String, Suite.Profile> profiles;
    private final List<Suite.Measured> measured;
    private final List<RoundTrips.Row> trips;
    private final List<ClientCpu.Row> cpu;
    private final Instant started;
    private final Instant finished;

    Report(boolean quick, Map<String, Suite.Profile> profiles, List<Suite.Measured> measured,
            List<RoundTrips.Row> trips, List<ClientCpu.Row> cpu, Instant started, Instant finished) {
        this.quick = quick;
        this.profiles = profiles;
        this.measured = measured;
        this.trips = trips;
        this.cpu = cpu;
        this.started = started;
        this.finished = finished;
    }

    void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("summary.md"), summary());
        Files.writeString(dir.resolve("results.csv"), csv());
        Files.writeString(dir.resolve("round-trips.csv"), tripsCsv());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("mode", quick ? "quick" : "full");
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        root.set("machine", mapper.valueToTree(Machine.describe()));
        root.set("jmh", mapper.valueToTree(profilesText()));
        root.set("measurements", mapper.valueToTree(measured));
        ArrayNode rows = root.putArray("roundTrips");
        for (RoundTrips.Row row : trips) {
            ObjectNode node = mapper.valueToTree(row);
            node.put("total", row.total());
            node.put("minimumTotal", row.minimumTotal());
            rows.add(node);
        }
        root.set("clientCpu", mapper.valueToTree(cpu));
        root.set("ratios", mapper.valueToTree(ratios()));
        mapper.writeValue(dir.resolve("results.json").toFile(), root);
    }

    private Map<String, String> profilesText() {
        Map<String, String> text = new LinkedHashMap<>();
        profiles.forEach((group, profile) -> text.put(group, profile.describe()));
        return text;
    }

    // ------------------------------------------------------------------ lookups of results

    private Optional<Suite.Measured> find(String group, String side, Map<String, String> params, int threads) {
        return measured.stream()
                .filter(m -> m.group().equals(group) && m.side().equals(side) && m.params().equals(params)
                        && m.threads() == threads)
                .findFirst();
    }

    /** A ratio a/b with its error. */
    record Ratio(String what, double value, double error) {
        String text() {
            return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f ± %.2f", value, error);
        }
    }

    static Ratio ratio(String what, double a, double ea, double b, double eb) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return new Ratio(what, Double.NaN, Double.NaN);
        }
        double r = a / b;
        double rel = Math.sqrt(square(safe(ea) / a) + square(safe(eb) / b));
        return new Ratio(what, r, Math.abs(r) * rel);
    }

    private static double safe(double error) {
        return Double.isNaN(error) ? 0 : error;
    }

    private static double square(double x) {
        return x * x;
    }

    private List<Ratio> ratios() {
        List<Ratio> all = new ArrayList<>();
        for (Suite.Measured m : measured) {
            if (m.side().equals("ours")) {
                for (String baseline : List.of("sdkCore", "raw")) {
                    find(m.group(), baseline, m.params(), m.threads()).ifPresent(b -> {
                        String key = m.group() + " " + m.params()
                                + (m.group().equals("token") ? " t=" + m.threads() : "") + " ours/" + baseline;
                        all.add(ratio(key + " time-or-throughput", m.score(), m.error(), b.score(), b.error()));
                        if (!Double.isNaN(m.allocBytesPerOp())) {
                            all.add(ratio(key + " alloc", m.allocBytesPerOp(), m.allocError(), b.allocBytesPerOp(),
                                    b.allocError()));
                        }
                    });
                }
            }
        }
        return all;
    }

    // ------------------------------------------------------------------ summary.md

    private String summary() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results (").append(quick ? "quick" : "full").append(" mode)\n\n");
        md.append("Run ").append(started).append(" – ").append(finished).append(" (")
                .append(Duration.between(started, finished).toSeconds()).append(" s).\n\n");
        Machine.describe().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!measured.isEmpty()) {
            java.util.DoubleSummaryStatistics stats = measured.stream()
                    .flatMap(m -> java.util.stream.Stream.of(m.loadBefore(), m.loadAfter()))
                    .filter(l -> !l.isEmpty()).mapToDouble(Double::parseDouble).summaryStatistics();
            md.append("- 1-minute load average at trial starts and ends: ").append(stats.getCount() == 0 ? "unknown"
                    : String.format(Locale.ROOT, "min %.2f, max %.2f", stats.getMin(), stats.getMax()))
                    .append(" (the suite's own threads count too: the token trials run up to 32, and emulator and client keep")
                    .append(" both cores busy, about 2; much more than that means other processes shared the CPUs;")
                    .append(" see results.csv per trial)\n");
        }
        md.append("\nJMH: ");
        profilesText().forEach((group, text) -> md.append(group).append(": ").append(text).append("; "));
        md.append("errors are JMH's 99.9 % confidence half-widths; ratio errors combine both in quadrature.\n");
        tokenTable(md);
        listTable(md);
        lookupTable(md);
        cpuTable(md);
        tripsTables(md);
        goals(md);
        return md.toString();
    }

    private void tokenTable(StringBuilder md) {
        List<Integer> threadCounts = measured.stream().filter(m -> m.group().equals("token"))
                .map(Suite.Measured::threads).distinct().sorted().toList();
        if (threadCounts.isEmpty()) {
            return;
        }
        md.append("\n## Token hot path (valid cached token), throughput\n\n");
        md.append("| threads | ours: IbmCloud.token() (ops/s) | sdk-core: IamAuthenticator.getToken() (ops/s) "
                + "| ours / sdk-core | IAM requests in the trial, ours / sdk-core |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        for (int t : threadCounts) {
            Optional<Suite.Measured> ours = find("token", "ours", Map.of(), t);
            Optional<Suite.Measured> sdk = find("token", "sdkCore", Map.of(), t);
            md.append("| ").append(t).append(" | ").append(ours.map(Report::opsText).orElse("–")).append(" | ")
                    .append(sdk.map(Report::opsText).orElse("–")).append(" | ")
                    .append(ratioOf(ours, sdk, false).text()).append(" | ")
                    .append(ours.map(m -> Integer.toString(m.requests().get(Route.TOKEN))).orElse("–")).append(" / ")
                    .append(sdk.map(m -> Integer.toString(m.requests().get(Route.TOKEN))).orElse("–")).append(" |\n");
        }
        md.append("\nHigher is better; a ratio above 1 means ours is faster. IAM requests count every token request "
                + "the trial's fork made (its setup's first token included).\n");
    }

    private void listTable(StringBuilder md) {
        List<Map<String, String>> params = paramsOf("list");
        if (params.isEmpty()) {
            return;
        }
        md.append("\n## List and parse N workspaces (warm session), time and allocation per operation\n\n");
        md.append("| N | ours (ms/op) | raw OkHttp + readTree (ms/op) | sdk-core BaseService (ms/op) | ours / raw time "
                + "| ours / sdk-core time | ours (MB/op) | raw (MB/op) | sdk-core (MB/op) | ours / raw alloc "
                + "| ours / sdk-core alloc | list requests per op (ours / raw / sdk-core) |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> p : params) {
            Optional<Suite.Measured> ours = find("list", "ours", p, 1);
            Optional<Suite.Measured> raw = find("list", "raw", p, 1);
            Optional<Suite.Measured> sdk = find("list", "sdkCore", p, 1);
            md.append("| ").append(p.get("n")).append(" | ").append(scoreText(ours)).append(" | ")
                    .append(scoreText(raw)).append(" | ").append(scoreText(sdk)).append(" | ")
                    .append(ratioOf(ours, raw, false).text()).append(" | ")
                    .append(ratioOf(ours, sdk, false).text()).append(" | ")
                    .append(allocText(ours, 1e6)).append(" | ").append(allocText(raw, 1e6)).append(" | ")
                    .append(allocText(sdk, 1e6)).append(" | ")
                    .append(ratioOf(ours, raw, true).text()).append(" | ")
                    .append(ratioOf(ours, sdk, true).text()).append(" | ")
                    .append(perOp(ours, Route.WORKSPACES_LIST)).append(" / ").append(perOp(raw, Route.WORKSPACES_LIST))
                    .append(" / ").append(perOp(sdk, Route.WORKSPACES_LIST)).append(" |\n");
        }
        md.append("\nLower is better; a ratio below 1 means ours is faster or allocates less. Requests per op "
                + "include the fork's setup (one check listing), so they sit slightly above the exact count "
                + "given under Round trips.\n");
    }

    private void lookupTable(StringBuilder md) {
        List<Map<String, String>> params = paramsOf("lookup");
        if (params.isEmpty()) {
            return;
        }
        md.append("\n## Lookup with outputs, time and allocation per operation\n\n");
        md.append("| lookup | session | ours (µs/op) | raw (µs/op) | ours / raw time | ours (KB/op) | raw (KB/op) "
                + "| ours / raw alloc | requests per op, ours / raw |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> p : params) {
            Optional<Suite.Measured> ours = find("lookup", "ours", p, 1);
            Optional<Suite.Measured> raw = find("lookup", "raw", p, 1);
            md.append("| by ").append(p.get("by")).append(p.get("by").equals("name") ? " (no region)" : "")
                    .append(" | ").append(p.get("session")).append(" | ").append(scoreText(ours)).append(" | ")
                    .append(scoreText(raw)).append(" | ").append(ratioOf(ours, raw, false).text()).append(" | ")
                    .append(allocText(ours, 1e3)).append(" | ").append(allocText(raw, 1e3)).append(" | ")
                    .append(ratioOf(ours, raw, true).text()).append(" | ")
                    .append(totalPerOp(ours)).append(" / ").append(totalPerOp(raw)).append(" |\n");
        }
    }

    private void cpuTable(StringBuilder md) {
        if (cpu.isEmpty()) {
            return;
        }
        md.append("\n## Client CPU per operation (calling thread; clients take turns; median [quartiles])\n\n");
        md.append("| scenario | samples | ours CPU (µs) | raw CPU (µs) | sdk-core CPU (µs) | ours / raw CPU "
                + "| ours / sdk-core CPU | wall median, ours / raw / sdk-core (µs) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> scenarios = cpu.stream().map(ClientCpu.Row::scenario).distinct().toList();
        for (String scenario : scenarios) {
            Optional<ClientCpu.Row> ours = cpuRow(scenario, "ours");
            Optional<ClientCpu.Row> raw = cpuRow(scenario, "raw");
            Optional<ClientCpu.Row> sdk = cpuRow(scenario, "sdkCore");
            md.append("| ").append(scenario).append(" | ")
                    .append(ours.map(r -> Integer.toString(r.samples())).orElse("–"))
                    .append(" | ").append(cpuText(ours)).append(" | ").append(cpuText(raw)).append(" | ")
                    .append(cpuText(sdk)).append(" | ").append(cpuRatio(ours, raw)).append(" | ")
                    .append(cpuRatio(ours, sdk)).append(" | ")
                    .append(ours.map(r -> number(r.wallMedian())).orElse("–")).append(" / ")
                    .append(raw.map(r -> number(r.wallMedian())).orElse("–")).append(" / ")
                    .append(sdk.map(r -> number(r.wallMedian())).orElse("–")).append(" |\n");
        }
        md.append("\nCPU time of the thread that makes the calls (OkHttp reads and parses there); the emulator, GC and "
                + "JIT threads are not in it. Ratios are of medians.\n");
    }

    private Optional<ClientCpu.Row> cpuRow(String scenario, String client) {
        return cpu.stream().filter(r -> r.scenario().equals(scenario) && r.client().equals(client)).findFirst();
    }

    private static String cpuText(Optional<ClientCpu.Row> row) {
        return row.map(r -> number(r.cpuMedian()) + " [" + number(r.cpuP25()) + "–" + number(r.cpuP75()) + "]")
                .orElse("–");
    }

    private static String cpuRatio(Optional<ClientCpu.Row> a, Optional<ClientCpu.Row> b) {
        if (a.isEmpty() || b.isEmpty() || b.get().cpuMedian() == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", a.get().cpuMedian() / b.get().cpuMedian());
    }

    private void tripsTables(StringBuilder md) {
        if (trips.isEmpty()) {
            return;
        }
        md.append("\n## Round trips (emulator request log; minimum = what the API allows)\n\n");
        md.append("| what | scenario | client | token | accounts | list | get | outputs | total | minimum | note |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RoundTrips.Row row : trips) {
            md.append("| ").append(row.table()).append(" | ").append(row.scenario()).append(" | ").append(row.client());
            for (Route route : RoundTrips.ROUTES) {
                md.append(" | ").append(row.made().getOrDefault(route, 0));
            }
            md.append(" | ").append(row.total()).append(" | ").append(row.minimumTotal())
                    .append(row.total() == row.minimumTotal() ? " (=)" : row.total() > row.minimumTotal()
                            ? " (+" + (row.total() - row.minimumTotal()) + ")" : " (below?)")
                    .append(" | ").append(row.note()).append(" |\n");
        }
        md.append("\nThe token row counts the round with the most IAM requests.\n");
    }

    private void goals(StringBuilder md) {
        md.append("\n## Goals\n\n");
        for (Suite.Measured ours : measured) {
            if (!ours.side().equals("ours")) {
                continue;
            }
            if (ours.group().equals("token")) {
                Optional<Suite.Measured> sdk = find("token", "sdkCore", Map.of(), ours.threads());
                Ratio r = ratioOf(Optional.of(ours), sdk, false);
                if (!Double.isNaN(r.value())) {
                    md.append("- token hot path, ").append(ours.threads()).append(" thread(s): ours/sdk-core = ")
                            .append(r.text()).append(" → ").append(verdict(r.value() >= 1, r, 1)).append('\n');
                }
            } else if (ours.group().equals("list")) {
                Optional<Suite.Measured> raw = find("list", "raw", ours.params(), 1);
                Ratio time = ratioOf(Optional.of(ours), raw, false);
                Ratio alloc = ratioOf(Optional.of(ours), raw, true);
                if (!Double.isNaN(time.value())) {
                    md.append("- list N=").append(ours.params().get("n")).append(": time ours/raw = ")
                            .append(time.text()).append(" (goal ≤ 1.20) → ")
                            .append(verdict(time.value() <= 1.2, time, 1.2))
                            .append("; allocation ours/raw = ").append(alloc.text()).append(" (goal < 1) → ")
                            .append(verdict(alloc.value() < 1, alloc, 1)).append('\n');
                }
            }
        }
        for (String scenario : cpu.stream().map(ClientCpu.Row::scenario).distinct().toList()) {
            Optional<ClientCpu.Row> ours = cpuRow(scenario, "ours");
            Optional<ClientCpu.Row> raw = cpuRow(scenario, "raw");
            if (ours.isPresent() && raw.isPresent() && raw.get().cpuMedian() > 0) {
                double r = ours.get().cpuMedian() / raw.get().cpuMedian();
                md.append("- ").append(scenario).append(": client CPU ours/raw = ")
                        .append(String.format(Locale.ROOT, "%.2f", r)).append(" (goal ≤ 1.20) → ")
                        .append(r <= 1.2 ? "met" : "MISSED").append('\n');
            }
        }
        long off = trips.stream().filter(r -> r.total() != r.minimumTotal()).count();
        if (!trips.isEmpty()) {
            md.append("- round trips: ").append(trips.size() - off).append(" of ").append(trips.size())
                    .append(" scenarios at the minimum");
            trips.stream().filter(r -> r.total() != r.minimumTotal()).forEach(r -> md.append("; off: ")
                    .append(r.client()).append(" ").append(r.scenario()).append(" (").append(r.total()).append(" vs ")
                    .append(r.minimumTotal()).append(")"));
            md.append('\n');
        }
    }

    private static String verdict(boolean met, Ratio r, double goal) {
        boolean clear = Math.abs(r.value() - goal) > r.error();
        return (met ? "met" : "MISSED") + (clear ? "" : " (within error)");
    }

    // ------------------------------------------------------------------ formatting

    private List<Map<String, String>> paramsOf(String group) {
        List<Map<String, String>> params = new ArrayList<>();
        for (Suite.Measured m : measured) {
            if (m.group().equals(group) && !params.contains(m.params())) {
                params.add(m.params());
            }
        }
        return params;
    }

    private static Ratio ratioOf(Optional<Suite.Measured> a, Optional<Suite.Measured> b, boolean alloc) {
        if (a.isEmpty() || b.isEmpty()) {
            return new Ratio("", Double.NaN, Double.NaN);
        }
        Suite.Measured x = a.get();
        Suite.Measured y = b.get();
        return alloc ? ratio("", x.allocBytesPerOp(), x.allocError(), y.allocBytesPerOp(), y.allocError())
                : ratio("", x.score(), x.error(), y.score(), y.error());
    }

    private static String opsText(Suite.Measured m) {
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", m.score(), m.error());
    }

    private static String scoreText(Optional<Suite.Measured> m) {
        return m.map(x -> number(x.score()) + " ± " + number(x.error())).orElse("–");
    }

    private static String allocText(Optional<Suite.Measured> m, double scale) {
        return m.filter(x -> !Double.isNaN(x.allocBytesPerOp()))
                .map(x -> number(x.allocBytesPerOp() / scale) + " ± " + number(safe(x.allocError()) / scale))
                .orElse("–");
    }

    private static String perOp(Optional<Suite.Measured> m, Route route) {
        return m.filter(x -> x.ops() > 0)
                .map(x -> String.format(Locale.ROOT, "%.2f", x.requests().get(route) / (double) x.ops()))
                .orElse("–");
    }

    private static String totalPerOp(Optional<Suite.Measured> m) {
        return m.filter(x -> x.ops() > 0)
                .map(x -> String.format(Locale.ROOT, "%.2f",
                        x.requests().values().stream().mapToInt(Integer::intValue).sum() / (double) x.ops()))
                .orElse("–");
    }

    /** Three significant digits, no exponent. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        double abs = Math.abs(x);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    // ------------------------------------------------------------------ CSV

    private String csv() {
        StringBuilder csv = new StringBuilder("group,side,params,threads,score,error,unit,alloc_bytes_per_op,"
                + "alloc_error,ops,req_token,req_accounts,req_list,req_get,req_outputs,jmh_json,load_before,"
                + "load_after\n");
        for (Suite.Measured m : measured) {
            csv.append(m.group()).append(',').append(m.side()).append(',')
                    .append(m.params().toString().replace(",", ";").replace(" ", "")).append(',').append(m.threads())
                    .append(',').append(m.score()).append(',').append(m.error()).append(',').append(m.unit())
                    .append(',').append(m.allocBytesPerOp()).append(',').append(m.allocError()).append(',')
                    .append(m.ops());
            for (Route route : RoundTrips.ROUTES) {
                csv.append(',').append(m.requests().getOrDefault(route, 0));
            }
            csv.append(',').append(m.jmhJson()).append(',').append(m.loadBefore()).append(',').append(m.loadAfter())
                    .append('\n');
        }
        return csv.toString();
    }

    private String tripsCsv() {
        StringBuilder csv = new StringBuilder("what,scenario,client,token,accounts,list,get,outputs,total,"
                + "min_token,min_accounts,min_list,min_get,min_outputs,min_total,note\n");
        for (RoundTrips.Row row : trips) {
            csv.append(row.table()).append(",\"").append(row.scenario()).append("\",").append(row.client());
            for (Route route : RoundTrips.ROUTES) {
                csv.append(',').append(row.made().getOrDefault(route, 0));
            }
            csv.append(',').append(row.total());
            for (Route route : RoundTrips.ROUTES) {
                csv.append(',').append(row.minimum().getOrDefault(route, 0));
            }
            csv.append(',').append(row.minimumTotal()).append(",\"").append(Objects.toString(row.note(), ""))
                    .append("\"\n");
        }
        return csv.toString();
    }

    /** What the run ran on. */
    static final class Machine {
        private Machine() {
        }

        static Map<String, String> describe() {
            Map<String, String> machine = new LinkedHashMap<>();
            machine.put("cpu", cpuModel());
            machine.put("cores available to the JVM", Integer.toString(Runtime.getRuntime().availableProcessors()));
            machine.put("memory", memTotal());
            machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch"));
            machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                    + " (" + System.getProperty("java.vendor") + ")");
            machine.put("okhttp", okhttpVersion());
            return machine;
        }

        private static String cpuModel() {
            try {
                return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
            } catch (IOException e) {
                return System.getProperty("os.arch");
            }
        }

        private static String memTotal() {
            try {
                return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(l -> l.startsWith("MemTotal")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static String okhttpVersion() {
            try {
                return okhttp3.OkHttp.VERSION;
            } catch (LinkageError e) {
                return "unknown";
            }
        }
    }
}
