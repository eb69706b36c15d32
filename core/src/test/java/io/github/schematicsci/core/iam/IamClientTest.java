package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.testing.GuardedTest;
import static io.github.schematicsci.core.testing.TestSeeds.ACCOUNT_A;
import static io.github.schematicsci.core.testing.TestSeeds.ACCOUNT_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class IamClientTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestSeeds.identities().build());
    private final IamClient iam = fixture.iam();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void apiKeyGrantIsSentExactlyAsTheSpecShows() {
        IamToken token = iam.requestToken(ApiKey.of(TestSeeds.KEY_A), null);

        RecordedRequest request = fixture.emulator.requests().last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/identity/token");
        assertThat(request.grantType()).isEqualTo("urn:ibm:params:oauth:grant-type:apikey");
        assertThat(request.basicClientId()).isEqualTo("bx");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.userAgent()).startsWith("schematics-ci/");
        assertThat(request.formValue("response_type")).isEqualTo("cloud_iam uaa");
        assertThat(request.formValue("uaa_client_id")).isEqualTo("cf");
        assertThat(request.formFieldNames()).contains("apikey", "uaa_client_secret").doesNotContain("bss_account");
        assertThat(request.formValue("uaa_client_secret")).isEmpty();

        assertThat(token.accountId()).contains(ACCOUNT_A);
        assertThat(token.refreshToken()).isPresent();
        assertThat(token.lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(token.expiration()).isEqualTo(fixture.clock.instant().plusSeconds(3600));
        assertThat(token.claims().iamId()).contains("IBMid-100000ALIC");
        assertThat(token.claims().clientId()).contains("bx");
        assertThat(token.claims().issuedAt()).contains(fixture.clock.instant());
        assertThat(token.claims().expiresAt()).contains(token.expiration());
        assertThat(token.claims().grantType()).contains("urn:ibm:params:oauth:grant-type:apikey");
        assertThat(token.toString()).doesNotContain(token.accessToken()).contains(token.fingerprint());
    }

    @Test
    void passwordGrantSendsUsernameAndPasswordAndTheAccountWhenAsked() {
        IamToken unscoped = iam.requestToken(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), null);
        assertThat(unscoped.accountId()).isEmpty();
        assertThat(unscoped.claims().subject()).isPresent();

        IamToken scoped = iam.requestToken(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), ACCOUNT_B);
        RecordedRequest request = fixture.emulator.requests().last();
        assertThat(request.grantType()).isEqualTo("password");
        assertThat(request.formFieldNames()).contains("username", "password");
        assertThat(request.formValue("bss_account")).isEqualTo(ACCOUNT_B);
        assertThat(scoped.accountId()).contains(ACCOUNT_B);
    }

    @Test
    void passcodeGrantIsSentOnceAndNeverAgain() {
        Passcode passcode = Passcode.of(TestSeeds.ERIN_PASSCODE);
        IamToken token = iam.requestToken(passcode, null);
        assertThat(fixture.emulator.requests().last().grantType())
                .isEqualTo("urn:ibm:params:oauth:grant-type:passcode");
        assertThat(token.refreshToken()).isPresent();
        assertThat(passcode.isUsed()).isTrue();

        int before = fixture.emulator.requests().count();
        assertThatThrownBy(() -> iam.requestToken(passcode, null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CREDENTIALS))
                .hasMessageContaining("already sent to IAM and cannot be used twice");
        assertThat(fixture.emulator.requests().count()).isEqualTo(before);
    }

    @Test
    void refreshGrantRenewsAndScopes() {
        IamToken first = iam.requestToken(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), null);
        IamToken refreshed = iam.refresh(first.refreshToken().orElseThrow(), ACCOUNT_A, Credential.Kind.PASSWORD);
        RecordedRequest request = fixture.emulator.requests().last();
        assertThat(request.grantType()).isEqualTo("refresh_token");
        assertThat(request.formValue("bss_account")).isEqualTo(ACCOUNT_A);
        assertThat(refreshed.accountId()).contains(ACCOUNT_A);
        assertThat(refreshed.accessToken()).isNotEqualTo(first.accessToken());

        IamToken fromCredential = iam.requestToken(RefreshToken.of(refreshed.refreshToken().orElseThrow()), null);
        assertThat(fromCredential.accessToken()).isNotBlank();
    }

    @Test
    void unknownApiKeyIsExplained() {
        assertThatThrownBy(() -> iam.requestToken(ApiKey.of("NoSuchKey-0000000000000000"), null))
                .isInstanceOfSatisfying(IamException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CREDENTIALS);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).contains("BXNIM0415E");
                    assertThat(e.requestId()).isPresent();
                    assertThat(e.errorMessage()).isPresent();
                })
                .hasMessageContaining("BXNIM0415E")
                .hasMessageContaining("does not exist or was deleted")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("NoSuchKey-0000000000000000"));
    }

    @Test
    void wrongPasswordIsExplained() {
        assertThatThrownBy(() -> iam.requestToken(IbmIdPassword.of(TestSeeds.ALICE, "wrong-password-123"), null))
                .isInstanceOfSatisfying(IamException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.problem()).isEqualTo(Problem.CREDENTIALS);
                })
                .hasMessageContaining("BXNIM0602E")
                .hasMessageContaining("user name or password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password-123"));
    }

    @Test
    void mfaUserIsToldToUseAnApiKey() {
        assertThatThrownBy(() -> iam.requestToken(IbmIdPassword.of(TestSeeds.CAROL_MFA, TestSeeds.CAROL_PASSWORD), null))
                .isInstanceOfSatisfying(IamException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.LOGIN_NOT_SUPPORTED))
                .hasMessageContaining("BXNIM0400E")
                .hasMessageContaining("use an API key");
    }

    @Test
    void expiredAndUnknownRefreshTokensAreExplained() {
        IamToken token = iam.requestToken(ApiKey.of(TestSeeds.KEY_A), null);
        assertThatThrownBy(() -> iam.refresh("not-a-refresh-token", null, Credential.Kind.API_KEY))
                .hasMessageContaining("BXNIM0407E").hasMessageContaining("invalid or was revoked");
        fixture.clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> iam.refresh(token.refreshToken().orElseThrow(), null, Credential.Kind.PASSCODE))
                .hasMessageContaining("BXNIM0408E")
                .hasMessageContaining("get a new one-time passcode");
    }

    @Test
    void missingAuthorizationHeaderCodeIsExplained() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(401, "application/json",
                "{\"errorCode\":\"BXNIM0308E\",\"errorMessage\":\"No authorization header found\","
                        + "\"context\":{\"requestId\":\"req-308\"}}"));
        assertThatThrownBy(() -> iam.requestToken(ApiKey.of(TestSeeds.KEY_A), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.requestId()).contains("req-308"))
                .hasMessageContaining("BXNIM0308E")
                .hasMessageContaining("no authorization header")
                .hasMessageContaining("[request id req-308]");
    }

    @Test
    void otherCodesPassThroughWithTheirMessage() {
        fixture.emulator.faults().next(Route.TOKEN, Fault.body(400, "application/json",
                "{\"errorCode\":\"BXNIM0106E\",\"errorMessage\":\"Validation of property 'response_type' failed\"}"));
        assertThatThrownBy(() -> iam.requestToken(ApiKey.of(TestSeeds.KEY_A), null))
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_REQUEST))
                .hasMessageContaining("BXNIM0106E")
                .hasMessageContaining("Validation of property 'response_type' failed");
    }

    @Test
    void rateLimitIsExplainedAfterTheAllowedRetries() {
        fixture.emulator.faults().next(Route.TOKEN, 10, Fault.status(429).retryAfterSeconds(2));
        assertThatThrownBy(() -> iam.requestToken(ApiKey.of(TestSeeds.KEY_A), null))
                .isInstanceOfSatisfying(IamException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
                    assertThat(e.getSuppressed()).hasSize(3);
                })
                .hasMessageContaining("rate limit");
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(4);
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void badAccountIdIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> iam.requestToken(ApiKey.of(TestSeeds.KEY_A), "not-an-account"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("accountId 'not-an-account' is not an IBM Cloud account id");
        assertThat(fixture.emulator.requests().count()).isZero();
    }
}
