package io.github.schematicsci.core.reliability;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import io.github.schematicsci.emulator.Seed;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of docs/reliability.md: each case injects faults into one endpoint of the emulator and states the
 * outcome (recovered after N attempts, or a clear error of a given kind naming the cause) and its bound (attempts at
 * that endpoint, total retry wait). The test asserts the outcome, the exact number of attempts (so no request was
 * made after the outcome) and that the waits stayed within the retry budget.
 */
@Timeout(60)
class FaultMatrixTest extends GuardedTest {
    /** One row: what to break, how to exercise it, and what must happen. */
    record Case(String name, Route route, List<Fault> faults, Call call, Problem problem, String messagePart,
            int attempts) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a case does with a fresh session, returning normally when it recovered. */
    interface Call {
        void run(IbmCloud cloud);
    }

    private static final Call TOKEN = IbmCloud::token;
    private static final Call ACCOUNTS = IbmCloud::accounts;
    private static final Call LIST = cloud -> cloud.workspaces().stream(ListOptions.builder().region(Region.US).build())
            .count();
    private static final Call GET = cloud -> cloud.workspaces().get(TestWorkspaces.NET_EAST);
    private static final Call OUTPUTS = cloud -> cloud.workspaces().outputs(TestWorkspaces.NET_EAST, null);

    private static Case recovered(String name, Route route, Call call, int attempts, Fault... faults) {
        return new Case(name, route, List.of(faults), call, null, null, attempts);
    }

    private static Case fails(String name, Route route, Call call, Problem problem, String messagePart, int attempts,
            Fault... faults) {
        return new Case(name, route, List.of(faults), call, problem, messagePart, attempts);
    }

    static Stream<Case> cases() {
        Fault html502 = Fault.body(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        Fault slow = Fault.delay(Duration.ofSeconds(2));
        Fault redirect = Fault.redirect(302, "https://evil.example.com/elsewhere");
        return Stream.of(
                fails("token 500", Route.TOKEN, TOKEN, Problem.SERVICE_UNAVAILABLE, "HTTP 500", 1, Fault.status(500)),
                fails("token 502", Route.TOKEN, TOKEN, Problem.SERVICE_UNAVAILABLE, "HTTP 502", 1, Fault.status(502)),
                recovered("token 503 with Retry-After", Route.TOKEN, TOKEN, 2,
                        Fault.status(503).withHeader("Retry-After", "2")),
                fails("token 503 without Retry-After", Route.TOKEN, TOKEN, Problem.SERVICE_UNAVAILABLE, "HTTP 503", 1,
                        Fault.status(503)),
                fails("token 504", Route.TOKEN, TOKEN, Problem.SERVICE_UNAVAILABLE, "HTTP 504", 1, Fault.status(504)),
                recovered("token 429 Retry-After seconds", Route.TOKEN, TOKEN, 2, Fault.status(429).retryAfterSeconds(3)),
                recovered("token 429 Retry-After HTTP date", Route.TOKEN, TOKEN, 2,
                        Fault.status(429).retryAfterDate(Instant.parse("2026-12-04T10:00:05Z"))),
                fails("token reset before headers", Route.TOKEN, TOKEN, Problem.NETWORK, "failed:", 1,
                        Fault.resetBeforeHeaders()),
                fails("token reset after headers", Route.TOKEN, TOKEN, Problem.NETWORK, "failed:", 1,
                        Fault.resetAfterHeaders()),
                fails("token slower than the read timeout", Route.TOKEN, TOKEN, Problem.NETWORK, "timed out", 1, slow),
                fails("token truncated mid-JSON", Route.TOKEN, TOKEN, Problem.PROTOCOL, "ends too early", 1,
                        Fault.truncatedBody()),
                fails("token malformed JSON", Route.TOKEN, TOKEN, Problem.PROTOCOL, "malformed JSON", 1,
                        Fault.malformedJson()),
                fails("token wrong content type", Route.TOKEN, TOKEN, Problem.PROTOCOL, "text/plain instead of JSON", 1,
                        Fault.body(200, "text/plain", "access_token=x")),
                fails("token HTML error page", Route.TOKEN, TOKEN, Problem.SERVICE_UNAVAILABLE, "HTTP 502", 1, html502),
                fails("token empty 200", Route.TOKEN, TOKEN, Problem.PROTOCOL, "empty body", 1,
                        Fault.body(200, "application/json", "")),
                fails("token 200 missing access_token", Route.TOKEN, TOKEN, Problem.PROTOCOL, "no 'access_token'", 1,
                        Fault.body(200, "application/json", "{\"expires_in\":3600}")),
                fails("token redirect to another host", Route.TOKEN, TOKEN, Problem.PROTOCOL,
                        "redirecting to evil.example.com", 1, redirect),
                recovered("accounts 503 without Retry-After", Route.ACCOUNTS, ACCOUNTS, 2, Fault.status(503)),
                recovered("accounts reset after headers", Route.ACCOUNTS, ACCOUNTS, 2, Fault.resetAfterHeaders()),
                fails("accounts 200 missing resources", Route.ACCOUNTS, ACCOUNTS, Problem.PROTOCOL, "no 'resources'", 1,
                        Fault.body(200, "application/json", "{\"next_url\":null}")),
                recovered("list 504", Route.WORKSPACES_LIST, LIST, 2, Fault.status(504)),
                recovered("list 429 Retry-After seconds", Route.WORKSPACES_LIST, LIST, 2,
                        Fault.status(429).retryAfterSeconds(20)),
                fails("list malformed JSON", Route.WORKSPACES_LIST, LIST, Problem.PROTOCOL, "malformed JSON", 1,
                        Fault.malformedJson()),
                fails("list 200 missing workspaces", Route.WORKSPACES_LIST, LIST, Problem.PROTOCOL, "no 'workspaces'", 1,
                        Fault.body(200, "application/json", "{\"count\":3}")),
                fails("list HTML page with 200", Route.WORKSPACES_LIST, LIST, Problem.PROTOCOL, "text/html instead of JSON",
                        1, Fault.body(200, "text/html", "<html>Sign in</html>")),
                fails("get 500 on every attempt", Route.WORKSPACE_GET, GET, Problem.SERVICE_UNAVAILABLE, "HTTP 500", 4,
                        Fault.status(500), Fault.status(500), Fault.status(500), Fault.status(500)),
                fails("get reset on every attempt", Route.WORKSPACE_GET, GET, Problem.NETWORK, "after 4 attempts", 4,
                        Fault.resetBeforeHeaders(), Fault.resetBeforeHeaders(), Fault.resetBeforeHeaders(),
                        Fault.resetBeforeHeaders()),
                recovered("get slower than the read timeout", Route.WORKSPACE_GET, GET, 2, slow),
                recovered("get 502 HTML page", Route.WORKSPACE_GET, GET, 2, html502),
                fails("get redirect to another host", Route.WORKSPACE_GET, GET, Problem.PROTOCOL,
                        "redirecting to evil.example.com", 1, redirect),
                fails("get 429 asking longer than allowed", Route.WORKSPACE_GET, GET, Problem.RATE_LIMITED,
                        "rate limit", 1, Fault.status(429).retryAfterSeconds(3600)),
                recovered("outputs 502", Route.WORKSPACE_OUTPUTS, OUTPUTS, 2, Fault.status(502)),
                recovered("outputs truncated mid-JSON", Route.WORKSPACE_OUTPUTS, OUTPUTS, 2, Fault.truncatedBody()),
                fails("outputs empty 200", Route.WORKSPACE_OUTPUTS, OUTPUTS, Problem.PROTOCOL, "empty body", 1,
                        Fault.body(200, "application/json", "")));
    }

    private static Fixture fixture() {
        return Fixture.start(TestWorkspaces.seed(), e -> e,
                http -> http.readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(3))
                        .connectTimeout(Duration.ofMillis(500)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void faultHasItsStatedOutcomeWithinItsBound(Case c) throws InterruptedException {
        try (Fixture fixture = fixture()) {
            boolean password = c.route() == Route.ACCOUNTS;
            IbmCloud cloud = password
                    ? fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD))
                    : fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
            if (c.route() != Route.TOKEN && !password) {
                cloud.token(); // the token first, so that the faults meet the call under test
            }
            for (Fault fault : c.faults()) {
                fixture.emulator.faults().next(c.route(), fault);
            }
            Throwable outcome = catchThrowable(() -> c.call().run(cloud));

            if (c.problem() == null && c.messagePart() == null) {
                assertThat(outcome).as("recovered").isNull();
            } else {
                assertThat(outcome).isInstanceOf(IbmCloudException.class).hasMessageContaining(c.messagePart());
                if (c.problem() != null) {
                    assertThat(((IbmCloudException) outcome).problem()).isEqualTo(c.problem());
                }
                assertThat(outcome.getSuppressed()).hasSize(c.attempts() - 1);
            }
            // Delayed answers are recorded when the emulator finishes them; wait for those before counting.
            if (c.faults().stream().anyMatch(f -> f instanceof Fault.Delay)) {
                Instant until = Instant.now().plusSeconds(5);
                while (fixture.emulator.requests().count(c.route()) < c.attempts() && Instant.now().isBefore(until)) {
                    fixture.emulator.requests().takeRequest(Duration.ofMillis(200));
                }
            }
            assertThat(fixture.emulator.requests().count(c.route())).as("attempts at " + c.route())
                    .isEqualTo(c.attempts());
            Duration waited = fixture.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
            assertThat(waited).isLessThanOrEqualTo(fixture.options().retryBudget());
        }
    }

    @Test
    void aTokenThatExpiresBetweenTwoPagesIsRenewedWithoutA401() {
        Seed seed = TestSeeds.identities()
                .workspaces(Seed.Generator.workspaces(TestSeeds.ACCOUNT_A, "us-south", 4500, 11L)).build();
        try (Fixture fixture = Fixture.start(seed)) {
            IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
            Iterator<Workspace> all = cloud.workspaces().list(ListOptions.builder().region("us-south").build()).iterator();
            for (int i = 0; i < 2000; i++) {
                all.next();
            }
            fixture.clock.advance(Duration.ofMinutes(59)); // past 80 % and inside the expiry margin
            int count = 2000;
            while (all.hasNext()) {
                all.next();
                count++;
            }
            assertThat(count).isEqualTo(4500);
            assertThat(fixture.emulator.requests().count(r -> r.status() == 401)).isZero();
            assertThat(fixture.emulator.requests().count(r -> "refresh_token".equals(r.grantType()))).isEqualTo(1);
            assertThat(fixture.emulator.requests().count(Route.WORKSPACES_LIST)).isEqualTo(3);
        }
    }

    @Test
    void a401OnPageThreeOfFourRenewsOnceAndCarriesOn() {
        Seed seed = TestSeeds.identities()
                .workspaces(Seed.Generator.workspaces(TestSeeds.ACCOUNT_A, "us-south", 7, 3L)).build();
        try (Fixture fixture = Fixture.start(seed)) {
            IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
            Iterator<Workspace> all = cloud.workspaces()
                    .list(ListOptions.builder().region("us-south").pageSize(2).build()).iterator();
            int count = 0;
            while (all.hasNext()) {
                if (count == 3) { // the next hasNext() fetches page 3 (offset 4)
                    fixture.emulator.faults().next(Route.WORKSPACES_LIST, Fault.status(401));
                }
                all.next();
                count++;
            }
            assertThat(count).isEqualTo(7);
            assertThat(fixture.emulator.requests().count(Route.WORKSPACES_LIST)).isEqualTo(5);
            assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(2);
            assertThat(fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.WORKSPACES_LIST)
                    .map(r -> r.query().get("offset") + ":" + r.status()).toList())
                    .containsExactly("0:200", "2:200", "4:401", "4:200", "6:200");
        }
    }
}
