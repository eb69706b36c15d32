package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Token POSTs are retried only where that is safe; every fault ends within its bound with a clear error. */
@Timeout(30)
class TokenRequestFaultsTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestSeeds.identities().build(), e -> e,
            http -> http.readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(2))
                    .connectTimeout(Duration.ofMillis(500)));
    private final IamClient iam = fixture.iam();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ApiKey key() {
        return ApiKey.of(TestSeeds.KEY_A);
    }

    @Test
    void serverErrorIsNotRetriedForAPost() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.status(500));
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SERVICE_UNAVAILABLE))
                .hasMessageContaining("HTTP 500").hasMessageContaining("IAM is unavailable");
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
    }

    @Test
    void unavailableWithRetryAfterIsRetriedAfterTheWait() {
        fixture.emulator.faults().next(Route.TOKEN, 2, Fault.status(503).withHeader("Retry-After", "3"));
        IamToken token = iam.requestToken(key(), null);
        assertThat(token.accessToken()).isNotBlank();
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(3);
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(fixture.log.text()).contains("retrying in 3 s (attempt 2 of 4)");
    }

    @Test
    void unavailableWithoutRetryAfterIsNotRetriedForAPost() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.status(503));
        assertThatThrownBy(() -> iam.requestToken(key(), null)).hasMessageContaining("HTTP 503");
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
    }

    @Test
    void retryAfterLongerThanAllowedFailsAtOnce() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.status(429).retryAfterSeconds(3600));
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED));
        assertThat(fixture.sleeps).isEmpty();
    }

    @Test
    void connectionResetIsAClearErrorNotARetryOfTheSecret() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.resetBeforeHeaders());
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NETWORK))
                .hasMessageStartingWith("IAM token request failed: POST http://127.0.0.1:")
                .hasMessageContaining("/identity/token failed: ");
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAProtocolError() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.malformedJson());
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PROTOCOL))
                .hasMessageContaining("answered HTTP 200 with malformed JSON");
    }

    @Test
    void successWithoutAnAccessTokenIsAProtocolError() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(200, "application/json", "{\"token_type\":\"Bearer\"}"));
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .hasMessageContaining("answered HTTP 200 but the response has no 'access_token'");
    }

    @Test
    void htmlInsteadOfJsonIsNamed() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(200, "text/html", "<html>login</html>"));
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .hasMessageContaining("with text/html instead of JSON");
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutEndsWithinTheBound() throws InterruptedException {
        fixture.emulator.faults().next(Route.TOKEN, Fault.delay(Duration.ofSeconds(3)));
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NETWORK))
                .hasMessageContaining("timed out");
        // The emulator records a request once it has answered; wait for that, then check nothing was re-sent.
        assertThat(fixture.emulator.requests().takeRequest(Duration.ofSeconds(10))).isNotNull();
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
    }

    @Test
    void aRedirectIsNotFollowed() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.redirect(307, "https://evil.example.com/identity/token"));
        assertThatThrownBy(() -> iam.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PROTOCOL))
                .hasMessageContaining("redirecting to evil.example.com");
        assertThat(fixture.emulator.requests().count()).isEqualTo(1);
    }

    @Test
    void aClosedPortFailsToConnectAndIsRetriedBecauseNothingWasSent() {
        IamClient closed = IamClient.builder().endpoint("http://127.0.0.1:1").httpOptions(fixture.options()).build();
        assertThatThrownBy(() -> closed.requestToken(key(), null))
                .isInstanceOfSatisfying(IamException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NETWORK);
                    assertThat(e.getSuppressed()).hasSize(3);
                })
                .hasMessageContaining("could not connect")
                .hasMessageContaining("(after 4 attempts)");
    }
}
