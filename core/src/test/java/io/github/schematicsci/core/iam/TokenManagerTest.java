package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.testing.GuardedTest;
import static io.github.schematicsci.core.testing.TestSeeds.ACCOUNT_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TokenManagerTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestSeeds.identities().build());

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<String> tokenGrants() {
        return fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.TOKEN)
                .map(RecordedRequest::grantType).toList();
    }

    @Test
    void thirtyTwoConcurrentCallersCauseOneTokenRequest() throws Exception {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        // The token endpoint answers slowly, so that every thread arrives while the one request is in flight.
        fixture.emulator.faults().next(Route.TOKEN, Fault.delay(Duration.ofMillis(300)));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tokens.token().accessToken();
                }));
            }
            start.countDown();
            Set<String> distinct = new java.util.HashSet<>();
            for (Future<String> result : results) {
                distinct.add(result.get(20, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);

        for (int i = 0; i < 1000; i++) {
            tokens.token();
            fixture.clock.advance(Duration.ofMillis(100)); // 100 s in all: well inside the first 80 % of the hour
        }
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isZero();
    }

    @Test
    void tokenIsRenewedWithItsRefreshTokenAfterEightyPercentOfItsLifetime() {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        IamToken first = tokens.token();
        fixture.clock.advance(Duration.ofSeconds(2879)); // just before 80 % of 3600 s
        assertThat(tokens.token()).isSameAs(first);
        assertThat(tokenGrants()).hasSize(1);

        fixture.clock.advance(Duration.ofSeconds(1)); // 80 %
        IamToken renewed = tokens.token();
        assertThat(renewed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(renewed.accountId()).contains(ACCOUNT_A);
        assertThat(tokenGrants()).containsExactly("urn:ibm:params:oauth:grant-type:apikey", "refresh_token");
        assertThat(fixture.emulator.requests().last().formValue("bss_account")).isEqualTo(ACCOUNT_A);
    }

    @Test
    void expiredTokenIsReplacedBeforeUse() {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        IamToken first = tokens.token();
        fixture.clock.advance(Duration.ofSeconds(3595)); // inside the 10 s margin: no longer valid
        IamToken next = tokens.token();
        assertThat(next.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(next.isValidAt(fixture.clock.instant())).isTrue();
    }

    @Test
    void refusedRefreshFallsBackToTheApiKey() {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        tokens.token();
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(400, "application/json",
                "{\"errorCode\":\"BXNIM0408E\",\"errorMessage\":\"Provided refresh token is expired\"}"));
        fixture.clock.advance(Duration.ofSeconds(3595));
        IamToken renewed = tokens.token();
        assertThat(renewed.isValidAt(fixture.clock.instant())).isTrue();
        assertThat(tokenGrants()).containsExactly("urn:ibm:params:oauth:grant-type:apikey", "refresh_token",
                "urn:ibm:params:oauth:grant-type:apikey");
        assertThat(fixture.log.text()).contains("IAM refused the refresh token (BXNIM0408E)");
    }

    @Test
    void refusedRefreshFallsBackToThePassword() {
        TokenManager tokens = fixture.tokens(IbmIdPassword.of(TestSeeds.ALICE, TestSeeds.ALICE_PASSWORD), ACCOUNT_A);
        tokens.token();
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(400, "application/json",
                "{\"errorCode\":\"BXNIM0137E\",\"errorMessage\":\"client id mismatch\"}"));
        fixture.clock.advance(Duration.ofSeconds(3595));
        assertThat(tokens.token().accountId()).contains(ACCOUNT_A);
        assertThat(tokenGrants()).containsExactly("password", "refresh_token", "password");
    }

    @Test
    void passcodeIsNeverSentTwiceAndTheErrorAsksForANewOne() {
        TokenManager tokens = fixture.tokens(Passcode.of(TestSeeds.ERIN_PASSCODE), null);
        tokens.token();
        fixture.clock.advance(Duration.ofSeconds(3595));
        tokens.token(); // renewed with the refresh token
        fixture.clock.advance(Duration.ofDays(31)); // the refresh token has expired too
        assertThatThrownBy(tokens::token)
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CREDENTIALS))
                .hasMessageContaining("one-time passcode")
                .hasMessageContaining("ibmcloud login --sso");
        // passcode (unscoped), refresh (scoped to Erin's only account), refresh (renewal); then nothing.
        assertThat(tokenGrants()).containsExactly("urn:ibm:params:oauth:grant-type:passcode", "refresh_token",
                "refresh_token");
    }

    @Test
    void passcodeWhoseRefreshIsRefusedAsksForANewPasscode() {
        TokenManager tokens = fixture.tokens(Passcode.of(TestSeeds.ERIN_PASSCODE), null);
        tokens.token();
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(400, "application/json",
                "{\"errorCode\":\"BXNIM0408E\",\"errorMessage\":\"Provided refresh token is expired\"}"));
        fixture.clock.advance(Duration.ofSeconds(3595));
        assertThatThrownBy(tokens::token).hasMessageContaining("get a new one-time passcode");
        assertThat(tokenGrants()).containsExactly("urn:ibm:params:oauth:grant-type:passcode", "refresh_token",
                "refresh_token");
    }

    @Test
    void aFailedRequestIsNotRememberedAsAToken() {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        fixture.emulator.faults().next(Route.TOKEN, Fault.status(500));
        assertThatThrownBy(tokens::token).isInstanceOf(IamException.class).hasMessageContaining("HTTP 500");
        assertThat(tokens.token().accountId()).contains(ACCOUNT_A);
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(2);
    }

    @Test
    void failedProactiveRenewalKeepsTheValidTokenAndTriesAgainLater() {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        IamToken first = tokens.token();
        fixture.clock.advance(Duration.ofSeconds(2900));
        fixture.emulator.faults().next(Route.TOKEN, Fault.status(500));
        assertThat(tokens.token()).isSameAs(first);
        assertThat(fixture.log.text()).contains("renewing the IAM token failed");
        assertThat(tokens.token()).isSameAs(first); // no new attempt for 30 s
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(2);
        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(tokens.token().accessToken()).isNotEqualTo(first.accessToken());
    }

    @Test
    void rejectedTokenIsRenewedOnceEvenWhenManyThreadsReportIt() {
        TokenManager tokens = fixture.tokens(ApiKey.of(TestSeeds.KEY_A), null);
        IamToken first = tokens.token();
        IamToken renewed = tokens.renewAfterRejection(first.accessToken());
        IamToken again = tokens.renewAfterRejection(first.accessToken());
        assertThat(renewed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(again).isSameAs(renewed);
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(2);
    }

    @Test
    void sharedManagersAreKeyedByCredentialAccountAndEndpoint() {
        IamClient iam = fixture.iam();
        var accounts = fixture.accounts();
        TokenManager one = TokenManager.shared(iam, accounts, ApiKey.of(TestSeeds.KEY_A), null);
        assertThat(TokenManager.shared(iam, accounts, ApiKey.of(TestSeeds.KEY_A), null)).isSameAs(one);
        assertThat(TokenManager.shared(iam, accounts, ApiKey.of(TestSeeds.KEY_A), ACCOUNT_A)).isNotSameAs(one);
        assertThat(TokenManager.shared(iam, accounts, ApiKey.of(TestSeeds.KEY_B), null)).isNotSameAs(one);
        TokenManager.clearShared();
        assertThat(TokenManager.shared(iam, accounts, ApiKey.of(TestSeeds.KEY_A), null)).isNotSameAs(one);
        TokenManager.clearShared();
        assertThat(one.toString()).doesNotContain(TestSeeds.KEY_A);
        assertThat(Set.of(one.credentialFingerprint()).stream().collect(Collectors.joining())).hasSize(4);
    }
}
