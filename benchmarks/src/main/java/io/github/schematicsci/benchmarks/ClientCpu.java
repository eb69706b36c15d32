package io.github.schematicsci.benchmarks;

import com.ibm.cloud.sdk.core.security.IamAuthenticator;
import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import io.github.schematicsci.emulator.Emulator;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * The client's own CPU time per operation: the calling thread's CPU time (OkHttp's synchronous calls read and
 * parse on the caller's thread), which other processes on the machine barely disturb, unlike wall time. Clients
 * take turns operation by operation, so a busy moment hurts them alike. Not JMH: a complement to its wall-clock
 * scores on a shared machine. GC and JIT threads are not counted; allocation is, in the JMH tables.
 */
final class ClientCpu {
    /** One scenario's samples per client: median and quartiles of CPU and wall time, in microseconds. */
    record Row(String scenario, String client, int samples, double cpuMedian, double cpuP25, double cpuP75,
            double wallMedian) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClientCpu() {
    }

    static List<Row> run(Emulator emulator, Fixture fixture, boolean quick) {
        Endpoints endpoints = Endpoints.builder().iam(emulator.iamUrl()).accounts(emulator.accountsUrl())
                .schematics(emulator.schematicsUrlTemplate()).build();
        List<Row> rows = new ArrayList<>();
        for (int n : fixture.listSizes()) {
            String key = fixture.listTenant(n).apiKey();
            IbmCloud cloud = ours(key, endpoints);
            ListOptions options = ListOptions.builder().region(Region.of(Fixture.LIST_REGION)).build();
            RawClient raw = new RawClient(new OkHttpClient(), emulator.iamUrl(), emulator.schematicsUrlTemplate());
            String token = raw.token(key);
            SdkCoreSchematics sdk = new SdkCoreSchematics(emulator.schematicsUrl(Fixture.LIST_REGION),
                    new IamAuthenticator.Builder().apikey(key).url(emulator.iamUrl()).build());
            Map<String, Runnable> clients = new LinkedHashMap<>();
            clients.put("ours", () -> cloud.workspaces().list(options).forEach(w -> { }));
            clients.put("raw", () -> raw.list(token, Fixture.LIST_REGION, w -> { }));
            clients.put("sdkCore", () -> sdk.list(w -> { }));
            int samples = Math.max(quick ? 6 : 15, (quick ? 20_000 : 60_000) / n);
            rows.addAll(measure("list " + n, clients, samples));
            raw.http().connectionPool().evictAll();
        }
        String key = fixture.lookupTenant().apiKey();
        IbmCloud warm = ours(key, endpoints);
        warm.token();
        RawClient raw = new RawClient(new OkHttpClient(), emulator.iamUrl(), emulator.schematicsUrlTemplate());
        String token = raw.token(key);
        String id = fixture.lookupId();
        String region = id.substring(0, id.indexOf('.'));
        WorkspaceLookup byId = WorkspaceLookup.builder().id(id).build();
        WorkspaceLookup byName = WorkspaceLookup.builder().name(fixture.lookupName()).build();
        int samples = quick ? 150 : 500;

        Map<String, Runnable> idWarm = new LinkedHashMap<>();
        idWarm.put("ours", () -> warm.workspaces().lookup(byId));
        idWarm.put("raw", () -> {
            raw.workspace(token, region, id);
            raw.outputs(token, region, id);
        });
        rows.addAll(measure("lookup by id, warm", idWarm, samples));

        Map<String, Runnable> nameWarm = new LinkedHashMap<>();
        nameWarm.put("ours", () -> warm.workspaces().lookup(byName));
        nameWarm.put("raw", () -> {
            for (String endpoint : Fixture.SEARCH_ENDPOINTS) {
                raw.list(token, endpoint, w -> { });
            }
            raw.outputs(token, region, id);
        });
        rows.addAll(measure("lookup by name (no region), warm", nameWarm, samples / 3));

        Map<String, Runnable> idCold = new LinkedHashMap<>();
        idCold.put("ours", () -> {
            OkHttpClient base = new OkHttpClient();
            try {
                IbmCloud.builder().credential(ApiKey.of(key)).endpoints(endpoints)
                        .httpOptions(BenchEnv.oursHttp().baseClient(base).build()).sharedTokens(false).build()
                        .workspaces().lookup(byId);
            } finally {
                base.connectionPool().evictAll();
            }
        });
        idCold.put("raw", () -> {
            RawClient fresh = new RawClient(new OkHttpClient(), emulator.iamUrl(), emulator.schematicsUrlTemplate());
            try {
                String t = fresh.token(key);
                fresh.workspace(t, region, id);
                fresh.outputs(t, region, id);
            } finally {
                fresh.http().connectionPool().evictAll();
            }
        });
        rows.addAll(measure("lookup by id, cold", idCold, samples));
        raw.http().connectionPool().evictAll();
        return rows;
    }

    private static IbmCloud ours(String key, Endpoints endpoints) {
        return IbmCloud.builder().credential(ApiKey.of(key)).endpoints(endpoints)
                .httpOptions(BenchEnv.oursHttp().build()).sharedTokens(false).build();
    }

    /** As many untimed rounds first (JIT), then {@code samples} timed rounds, clients taking turns. */
    private static List<Row> measure(String scenario, Map<String, Runnable> clients, int samples) {
        for (int i = 0; i < samples; i++) {
            clients.values().forEach(Runnable::run);
        }
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Map<String, long[]> wall = new LinkedHashMap<>();
        clients.keySet().forEach(name -> {
            cpu.put(name, new long[samples]);
            wall.put(name, new long[samples]);
        });
        for (int i = 0; i < samples; i++) {
            for (Map.Entry<String, Runnable> client : clients.entrySet()) {
                long wallStart = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                client.getValue().run();
                cpu.get(client.getKey())[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                wall.get(client.getKey())[i] = System.nanoTime() - wallStart;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String name : clients.keySet()) {
            long[] c = cpu.get(name);
            long[] w = wall.get(name);
            Arrays.sort(c);
            Arrays.sort(w);
            rows.add(new Row(scenario, name, samples, quantile(c, 0.5), quantile(c, 0.25), quantile(c, 0.75),
                    quantile(w, 0.5)));
        }
        return rows;
    }

    private static double quantile(long[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        double value = sorted[low] + (sorted[high] - sorted[low]) * (position - low);
        return value / 1000.0;
    }
}
