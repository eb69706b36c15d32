package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.testing.GuardedTest;
import static io.github.schematicsci.core.testing.TestWorkspaces.NET_EAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GETs are retried on 429, 5xx and connection faults, within bounds, without waiting for real. */
@Timeout(60)
class SchematicsFaultsTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed(), e -> e.rateLimitPerMinute(3),
            http -> http.readTimeout(Duration.ofMillis(400)).callTimeout(Duration.ofSeconds(2))
                    .connectTimeout(Duration.ofMillis(400)));
    private final SchematicsClient workspaces = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void a401IsAnsweredByOneTokenRenewalAndOneRetry() {
        workspaces.get(NET_EAST);
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.status(401));
        assertThat(workspaces.get(NET_EAST).id()).isEqualTo(NET_EAST);
        assertThat(fixture.emulator.requests().all()).extracting(RecordedRequest::route)
                .containsExactly(Route.TOKEN, Route.WORKSPACE_GET, Route.WORKSPACE_GET, Route.TOKEN, Route.WORKSPACE_GET);
        assertThat(fixture.emulator.requests().all().get(3).grantType()).isEqualTo("refresh_token");
    }

    @Test
    void a401AfterRenewalIsFinal() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, 2, Fault.status(401));
        assertThatThrownBy(() -> workspaces.get(NET_EAST))
                .isInstanceOfSatisfying(SchematicsException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("rejected the IAM token even after renewing it");
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(2);
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(2);
    }

    @Test
    void theRealRateLimitIsHonoured() {
        for (int i = 0; i < 5; i++) {
            workspaces.get(NET_EAST);
        }
        assertThat(fixture.emulator.requests().count(r -> r.route() == Route.WORKSPACE_GET && r.status() == 429))
                .isEqualTo(1);
        assertThat(fixture.emulator.requests().count(r -> r.route() == Route.WORKSPACE_GET && r.status() == 200))
                .isEqualTo(5);
        assertThat(fixture.sleeps).hasSize(1);
        assertThat(fixture.sleeps.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.status(429).retryAfterSeconds(12));
        workspaces.get(NET_EAST);
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET,
                Fault.status(429).retryAfterDate(fixture.clock.instant().plusSeconds(7)));
        workspaces.get(NET_EAST);
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreRetriedWithBackoff(int status) {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, 2, Fault.status(status));
        assertThat(workspaces.get(NET_EAST).id()).isEqualTo(NET_EAST);
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(3);
        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void persistentServerErrorsEndAfterTheAttemptBound() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, 10, Fault.status(503));
        assertThatThrownBy(() -> workspaces.get(NET_EAST))
                .isInstanceOfSatisfying(SchematicsException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SERVICE_UNAVAILABLE);
                    assertThat(e.getSuppressed()).hasSize(3);
                })
                .hasMessageContaining("reading workspace " + NET_EAST + " failed (HTTP 503")
                .hasMessageContaining("Schematics is unavailable in region us-east");
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(4);
    }

    @Test
    void notImplementedIsNotRetried() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.status(501));
        assertThatThrownBy(() -> workspaces.get(NET_EAST)).hasMessageContaining("HTTP 501");
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(1);
    }

    @Test
    void connectionResetsAreRetried() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.resetBeforeHeaders());
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.resetAfterHeaders());
        assertThat(workspaces.get(NET_EAST).id()).isEqualTo(NET_EAST);
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(3);
    }

    @Test
    void aSlowResponseTimesOutAndIsRetried() throws InterruptedException {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.delay(Duration.ofSeconds(2)));
        assertThat(workspaces.get(NET_EAST).id()).isEqualTo(NET_EAST);
        assertThat(fixture.log.text()).contains("timed out");
    }

    @Test
    void malformedJsonIsAProtocolErrorNamingTheCall() {
        fixture.emulator.faults().next(Route.WORKSPACE_OUTPUTS, Fault.malformedJson());
        assertThatThrownBy(() -> workspaces.outputs(NET_EAST, null))
                .isInstanceOfSatisfying(SchematicsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PROTOCOL))
                .hasMessageStartingWith("reading the outputs of workspace " + NET_EAST + " failed: GET http://127.0.0.1:")
                .hasMessageContaining("malformed JSON");
    }
}
