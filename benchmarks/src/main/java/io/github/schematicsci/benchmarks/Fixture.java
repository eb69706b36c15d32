package io.github.schematicsci.benchmarks;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.EmulatorClock;
import io.github.schematicsci.emulator.Seed;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The data every benchmark runs against: one account per list size (all its workspaces in {@value #LIST_REGION}),
 * and a lookup account whose workspaces are spread over all six locations, each account with its own API key.
 * Everything comes from fixed random seeds, so every run sees the same workspaces.
 *
 * <p>The suite starts one emulator from this seed in its own JVM and hands its URLs and keys to the JMH forks as
 * system properties ({@link #systemProperties}); the forks then hold only client code, so {@code -prof gc} counts
 * client allocations only.
 */
public final class Fixture {
    /** The location every list account's workspaces live in. */
    public static final String LIST_REGION = "us-south";
    /**
     * How many workspaces the lookup account has in each location: enough that every search endpoint has a page to
     * read, like a real account.
     */
    static final Map<String, Integer> LOOKUP_SPREAD = orderedSpread();
    /** The location of the workspace looked up (so a search by name must reach the second geography). */
    static final String LOOKUP_TARGET_LOCATION = "eu-de";
    /**
     * The endpoints that together serve every location (reference §3.1: geographies {@code us} and {@code eu}, and
     * the Canadian locations, which belong to no geography): a search by name without a region must read each.
     */
    static final List<String> SEARCH_ENDPOINTS = List.of("us", "eu", "ca-tor", "ca-mon");
    /** The locations each search endpoint serves (reference §3.1). */
    static final Map<String, List<String>> SERVED_BY = Map.of(
            "us", List.of("us-south", "us-east"),
            "eu", List.of("eu-de", "eu-gb"),
            "ca-tor", List.of("ca-tor"),
            "ca-mon", List.of("ca-mon"));
    /** Schematics' largest page ({@code limit} ≤ 2000). */
    static final int MAX_PAGE = 2000;

    static final String PROP_PREFIX = "schematics.bench.";

    private final List<Integer> listSizes;
    private final Map<Integer, Tenant> listTenants = new LinkedHashMap<>();
    private final Tenant lookupTenant;
    private final String lookupId;
    private final String lookupName;
    private final Seed seed;

    /** A tenant of the emulator: an account, its API key, its workspaces per location. */
    record Tenant(String accountId, String apiKey, Map<String, Integer> workspacesPerLocation) {
        int workspaces() {
            return workspacesPerLocation.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Fixture(List<Integer> listSizes) {
        this.listSizes = List.copyOf(listSizes);
        Random ids = new Random(20_261_204L);
        Seed.Builder builder = Seed.builder();
        List<Seed.Workspace> workspaces = new ArrayList<>();
        int tenantNo = 0;
        for (int n : listSizes) {
            Tenant tenant = tenant(builder, ids, "bench-list-" + n, Map.of(LIST_REGION, n), tenantNo++);
            listTenants.put(n, tenant);
            workspaces.addAll(Seed.Generator.workspaces(tenant.accountId(), LIST_REGION, n, 1000L + n));
        }
        lookupTenant = tenant(builder, ids, "bench-lookup", LOOKUP_SPREAD, tenantNo);
        String id = null;
        String name = null;
        long randomSeed = 77;
        for (Map.Entry<String, Integer> spread : LOOKUP_SPREAD.entrySet()) {
            List<Seed.Workspace> generated = Seed.Generator.workspaces(lookupTenant.accountId(), spread.getKey(),
                    spread.getValue(), randomSeed++);
            if (spread.getKey().equals(LOOKUP_TARGET_LOCATION)) {
                Seed.Workspace target = generated.get(generated.size() / 2);
                id = target.id();
                name = target.name();
            }
            workspaces.addAll(generated);
        }
        this.lookupId = id;
        this.lookupName = name;
        this.seed = builder.workspaces(workspaces).build();
    }

    /** Returns the fixture with one list account per size. */
    public static Fixture of(List<Integer> listSizes) {
        return new Fixture(listSizes);
    }

    private static Map<String, Integer> orderedSpread() {
        Map<String, Integer> spread = new LinkedHashMap<>();
        spread.put("us-south", 40);
        spread.put("us-east", 20);
        spread.put("eu-de", 20);
        spread.put("eu-gb", 10);
        spread.put("ca-tor", 5);
        spread.put("ca-mon", 5);
        return spread;
    }

    private static Tenant tenant(Seed.Builder builder, Random ids, String name, Map<String, Integer> spread, int no) {
        String account = hex(ids, 16);
        String serviceId = "iam-ServiceId-" + hex(ids, 4) + "-" + hex(ids, 2) + "-" + hex(ids, 2) + "-"
                + hex(ids, 2) + "-" + hex(ids, 6);
        String apiKey = "bench" + no + "-" + hex(ids, 20);
        builder.account(Seed.Account.of(account, name))
                .serviceId(new Seed.ServiceId(serviceId, name + "-ci", account))
                .apiKey(new Seed.ApiKey(apiKey, serviceId, account));
        return new Tenant(account, apiKey, Map.copyOf(spread));
    }

    private static String hex(Random random, int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return HexFormat.of().formatHex(data);
    }

    Seed seed() {
        return seed;
    }

    List<Integer> listSizes() {
        return listSizes;
    }

    Tenant listTenant(int n) {
        Tenant tenant = listTenants.get(n);
        if (tenant == null) {
            throw new IllegalArgumentException("no list account of " + n + " workspaces; sizes: " + listSizes);
        }
        return tenant;
    }

    Tenant lookupTenant() {
        return lookupTenant;
    }

    String lookupId() {
        return lookupId;
    }

    String lookupName() {
        return lookupName;
    }

    /**
     * Starts an emulator on this seed with the Schematics rate limit off (benchmarks would otherwise measure 429
     * back-off) and a clock that follows real time (IBM's SDK judges expiry by the system clock).
     */
    Emulator start(Duration tokenLifetime) throws IOException {
        return Emulator.builder()
                .seed(seed)
                .rateLimitPerMinute(0)
                .clock(EmulatorClock.ticking())
                .tokenLifetime(tokenLifetime)
                .randomSeed(42)
                .threads(8)
                .requestLogCapacity(1_000_000)
                .start();
    }

    /** The system properties that tell a JMH fork where the emulator is and which keys to use. */
    Map<String, String> systemProperties(Emulator emulator) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(PROP_PREFIX + "iam", emulator.iamUrl());
        props.put(PROP_PREFIX + "schematics", emulator.schematicsUrlTemplate());
        props.put(PROP_PREFIX + "lookup.key", lookupTenant.apiKey());
        props.put(PROP_PREFIX + "lookup.id", lookupId);
        props.put(PROP_PREFIX + "lookup.name", lookupName);
        for (Map.Entry<Integer, Tenant> list : listTenants.entrySet()) {
            props.put(PROP_PREFIX + "list." + list.getKey() + ".key", list.getValue().apiKey());
        }
        return props;
    }

    /** Minimum list requests for {@code n} workspaces behind one endpoint: one page of up to 2000, at least one. */
    static int pages(int n) {
        return Math.max(1, (n + MAX_PAGE - 1) / MAX_PAGE);
    }
}
