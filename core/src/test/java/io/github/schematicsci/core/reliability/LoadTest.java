package io.github.schematicsci.core.reliability;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.core.testing.VirtualTime;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 32 threads × 500 lookups through one session (one token manager) against the emulator with Schematics' rate limit
 * of 50 requests per minute on. Time is simulated ({@link VirtualTime}): waiting threads really block, and the clock
 * jumps when all of them wait, so the run covers five hours of rate-limited traffic in seconds.
 */
@Timeout(300)
class LoadTest extends GuardedTest {
    private static final int THREADS = 32;
    private static final int LOOKUPS_PER_THREAD = 500;

    @Test
    void thirtyTwoThreadsShareOneTokenAndHonourEvery429() throws Exception {
        // The sleeper needs the fixture's clock, which exists only once the fixture does.
        VirtualTime[] time = new VirtualTime[1];
        try (Fixture fixture = Fixture.start(TestWorkspaces.seed(), e -> e.rateLimitPerMinute(50),
                http -> http.sleeper(d -> time[0].sleep(d)))) {
            time[0] = new VirtualTime(fixture.clock);
            IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
            WorkspaceLookup lookup = WorkspaceLookup.builder().id(TestWorkspaces.NET_EAST).outputs(false).build();
            AtomicInteger found = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> results = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < THREADS; t++) {
                time[0].started();
                results.add(pool.submit(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < LOOKUPS_PER_THREAD; i++) {
                            if (cloud.workspaces().lookup(lookup).workspace().id().equals(TestWorkspaces.NET_EAST)) {
                                found.incrementAndGet();
                            }
                        }
                    } finally {
                        time[0].finished();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(240, TimeUnit.SECONDS); // rethrows any failure
            }
            pool.shutdown();

            int lookups = THREADS * LOOKUPS_PER_THREAD;
            int rejected = fixture.emulator.requests().count(r -> r.route() == Route.WORKSPACE_GET && r.status() == 429);
            assertThat(found.get()).isEqualTo(lookups);
            assertThat(fixture.emulator.requests().count(r -> r.route() == Route.WORKSPACE_GET && r.status() == 200))
                    .as("successful GETs = the minimum the lookups need").isEqualTo(lookups);
            assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).as("no status but 200 and 429")
                    .isEqualTo(lookups + rejected);
            // The session paces itself to 50 requests per minute per region, so Schematics never had to refuse one
            // (a 429 from elsewhere is honoured: SchematicsFaultsTest.theRealRateLimitIsHonoured).
            assertThat(rejected).as("429s").isZero();
            assertThat(time[0].sleeps()).as("the limit was reached and waited for").isNotEmpty()
                    .allSatisfy(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60)));

            // One API-key grant; the rest are renewals, one per 80 % of a lifetime of simulated time at most.
            long simulatedMinutes = Duration.between(Instant.parse("2026-12-04T10:00:00Z"), fixture.clock.instant())
                    .toMinutes();
            assertThat(fixture.emulator.requests().count(r -> "urn:ibm:params:oauth:grant-type:apikey"
                    .equals(r.grantType()))).isEqualTo(1);
            int renewals = fixture.emulator.requests().count(r -> "refresh_token".equals(r.grantType()));
            assertThat(renewals).isLessThanOrEqualTo((int) (simulatedMinutes / 48) + 1);
            assertThat(simulatedMinutes).isGreaterThanOrEqualTo(lookups / 50 - 1);
            System.out.printf("load: %d lookups, %d x 429, %d renewals, %d simulated minutes%n", lookups, rejected,
                    renewals, simulatedMinutes);
        }
    }
}
