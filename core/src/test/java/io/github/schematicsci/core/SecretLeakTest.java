package io.github.schematicsci.core;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.schematicsci.core.config.CredentialResolver;
import io.github.schematicsci.core.config.ServerCredential;
import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.IamToken;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.iam.Passcode;
import io.github.schematicsci.core.iam.RefreshToken;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.LeakGuard;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every credential through every flow (success, renewal, refusal, faults) with distinctive secrets, captures all
 * that is printed, logged, thrown or shown by toString, and checks that no secret and no issued token appears.
 */
@Timeout(60)
class SecretLeakTest extends GuardedTest {
    @Test
    void noSecretOrTokenLeavesCore() {
        List<String> secrets = new ArrayList<>(TestSeeds.SECRETS);
        try (LeakGuard guard = new LeakGuard(); Fixture fixture = Fixture.start(TestSeeds.identities().build())) {
            List<Credential> credentials = List.of(ApiKey.of(TestSeeds.KEY_A), ApiKey.of(TestSeeds.KEY_B),
                    IbmIdPassword.of(TestSeeds.ALICE, TestSeeds.ALICE_PASSWORD),
                    IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD),
                    IbmIdPassword.of(TestSeeds.CAROL_MFA, TestSeeds.CAROL_PASSWORD),
                    Passcode.of(TestSeeds.DAVE_PASSCODE_1), Passcode.of(TestSeeds.ERIN_PASSCODE),
                    ApiKey.of("UnknownKeySecret-99999999999"),
                    IbmIdPassword.of(TestSeeds.ALICE, "Wrong-Secret-Password-55"));
            secrets.add("UnknownKeySecret-99999999999");
            secrets.add("Wrong-Secret-Password-55");
            for (Credential credential : credentials) {
                guard.add(credential.toString());
                IbmCloud cloud = fixture.cloud(credential, credential == credentials.get(3) ? "Bravo Labs" : null);
                guard.add(cloud.toString());
                Throwable failure = catchThrowable(() -> {
                    IamToken token = cloud.token();
                    guard.add(token.toString());
                    guard.add(token.claims().toString());
                    guard.add(cloud.accounts().toString());
                    fixture.clock.advance(Duration.ofSeconds(3000));
                    guard.add(cloud.token().toString()); // renewed with the refresh token
                    fixture.emulator.faults().next(Route.TOKEN, Fault.body(400, "application/json",
                            "{\"errorCode\":\"BXNIM0408E\",\"errorMessage\":\"expired\"}"));
                    fixture.clock.advance(Duration.ofSeconds(3595));
                    guard.add(cloud.token().toString()); // refresh refused: fallback or a clear error
                });
                if (failure != null) {
                    guard.add(failure);
                    guard.add(failure.getMessage());
                }
            }
            // Faults and errors whose messages might carry request data.
            fixture.emulator.faults().next(Route.TOKEN, Fault.malformedJson());
            guard.add(catchThrowable(() -> fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).token()));
            fixture.emulator.faults().next(Route.TOKEN, Fault.resetAfterHeaders());
            guard.add(catchThrowable(() -> fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).token()));
            RefreshToken refresh = RefreshToken.of("RefreshSecretThatIsUnknown-1234");
            secrets.add("RefreshSecretThatIsUnknown-1234");
            guard.add(catchThrowable(() -> fixture.cloud(refresh).token()));
            guard.add(catchThrowable(() -> ApiKey.of(TestSeeds.KEY_A + "\n")));
            guard.add(catchThrowable(() -> ApiKey.of(" " + TestSeeds.KEY_A)));
            guard.add(catchThrowable(() -> CredentialResolver.resolve("ibmcloud",
                    new ServerCredential("ibmcloud", "apikey", TestSeeds.KEY_A + " "), Map.of())));
            guard.add(CredentialResolver.resolve("ibmcloud", null, Map.of("IBMCLOUD_API_KEY", TestSeeds.KEY_B)).toString());
            guard.add(new ServerCredential("ibmcloud", "alice", TestSeeds.ALICE_PASSWORD).toString());
            guard.add(ProxySettings.builder("proxy", 8080).credentials("u", "ProxySecretPassword-1").build().toString());
            secrets.add("ProxySecretPassword-1");
            guard.add(fixture.log.text());
            guard.add(fixture.emulator.requests().toString());
            secrets.addAll(fixture.emulator.issuedTokens());

            assertThat(fixture.emulator.issuedTokens()).hasSizeGreaterThan(10);
            assertThat(fixture.log.text()).contains("requesting an IAM token for ApiKey[fingerprint=");
            guard.assertNoneOf(secrets);
        } finally {
            TokenManager.clearShared();
        }
    }
}
