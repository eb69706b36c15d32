package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.testing.GuardedTest;
import static io.github.schematicsci.core.testing.TestSeeds.ACCOUNT_A;
import static io.github.schematicsci.core.testing.TestSeeds.ACCOUNT_B;
import static io.github.schematicsci.core.testing.TestSeeds.ACCOUNT_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.account.Account;
import io.github.schematicsci.core.account.AccountsException;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AccountScopingTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestSeeds.identities().build());

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<String> grants() {
        return fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.TOKEN)
                .map(RecordedRequest::grantType).toList();
    }

    @Test
    void apiKeyTakesItsAccountFromTheTokenWithoutAnAccountsCall() {
        IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_B));
        assertThat(cloud.accountId()).isEqualTo(ACCOUNT_B);
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isZero();
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
    }

    @Test
    void apiKeyAskedForItsOwnAccountIsFine() {
        assertThat(fixture.cloud(ApiKey.of(TestSeeds.KEY_A), ACCOUNT_A).accountId()).isEqualTo(ACCOUNT_A);
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isZero();
    }

    @Test
    void apiKeyCannotSwitchAccounts() {
        IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A), ACCOUNT_B);
        assertThatThrownBy(cloud::token)
                .isInstanceOfSatisfying(AccountsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ACCOUNT))
                .hasMessageContaining("belongs to account " + ACCOUNT_A + ", not " + ACCOUNT_B)
                .hasMessageContaining("an API key cannot switch accounts");
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isZero();
    }

    @Test
    void passwordUserWithOneAccountUsesIt() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.ALICE, TestSeeds.ALICE_PASSWORD));
        assertThat(cloud.accountId()).isEqualTo(ACCOUNT_A);
        assertThat(cloud.token().accountId()).contains(ACCOUNT_A);
        assertThat(grants()).containsExactly("password", "password");
        assertThat(fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.TOKEN)
                .map(r -> r.formValue("bss_account")).toList()).containsExactly(null, ACCOUNT_A);
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isEqualTo(1);
    }

    @Test
    void passwordUserWithSeveralAccountsMustChooseAndIsShownThem() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD));
        assertThatThrownBy(cloud::token)
                .isInstanceOfSatisfying(AccountsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ACCOUNT))
                .hasMessageContaining("can use 2 accounts; choose one with accountId")
                .hasMessageContaining(ACCOUNT_A + " (Alpha Corp")
                .hasMessageContaining(ACCOUNT_B + " (Bravo Labs");
    }

    @Test
    void accountsCanBeListedBeforeOneIsChosen() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD));
        assertThat(cloud.accounts()).extracting(Account::id).containsExactly(ACCOUNT_A, ACCOUNT_B);
        assertThat(cloud.accounts()).extracting(Account::name).containsExactly("Alpha Corp", "Bravo Labs");
    }

    @Test
    void passwordUserWithAChosenAccountIdGetsAScopedTokenInOneRequest() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), ACCOUNT_B);
        assertThat(cloud.token().accountId()).contains(ACCOUNT_B);
        assertThat(grants()).containsExactly("password");
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isZero();
    }

    @Test
    void accountCanBeChosenByExactName() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), "Bravo Labs");
        assertThat(cloud.accountId()).isEqualTo(ACCOUNT_B);
        assertThat(cloud.token().accountId()).contains(ACCOUNT_B);
    }

    @Test
    void anAccountTheUserIsNotInIsNamedWithTheChoices() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), "Charlie Co");
        assertThatThrownBy(cloud::token)
                .hasMessageContaining("account 'Charlie Co' is not one of the accounts the IBMid bob@example.com can use")
                .hasMessageContaining(ACCOUNT_A);
    }

    @Test
    void accountIdTheUserIsNotAMemberOfIsRefusedByIam() {
        IbmCloud cloud = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD), ACCOUNT_C);
        assertThatThrownBy(cloud::token).isInstanceOf(IamException.class).hasMessageContaining("HTTP 400");
    }

    @Test
    void passcodeUserIsScopedWithTheRefreshTokenNotTheSpentPasscode() {
        IbmCloud cloud = fixture.cloud(Passcode.of(TestSeeds.DAVE_PASSCODE_1), "Bravo Labs");
        assertThat(cloud.token().accountId()).contains(ACCOUNT_B);
        assertThat(grants()).containsExactly("urn:ibm:params:oauth:grant-type:passcode", "refresh_token");
        assertThat(fixture.emulator.requests().last().formValue("bss_account")).isEqualTo(ACCOUNT_B);
    }

    @Test
    void passcodeUserWithAnAccountIdListsAccountsWithTheOneScopedToken() {
        IbmCloud cloud = fixture.cloud(Passcode.of(TestSeeds.DAVE_PASSCODE_2), ACCOUNT_A);
        assertThat(cloud.accounts()).hasSize(2);
        assertThat(cloud.token().accountId()).contains(ACCOUNT_A);
        assertThat(grants()).containsExactly("urn:ibm:params:oauth:grant-type:passcode");
        assertThat(fixture.emulator.requests().all().get(0).formValue("bss_account")).isEqualTo(ACCOUNT_A);
    }

    @Test
    void passcodeUserListsAccountsBeforeChoosingThenScopesWithTheRefreshToken() {
        TokenManager tokens = fixture.tokens(Passcode.of(TestSeeds.DAVE_PASSCODE_2), null);
        assertThat(tokens.visibleAccounts()).hasSize(2);
        assertThatThrownBy(tokens::token).hasMessageContaining("can use 2 accounts");
        assertThat(grants()).containsExactly("urn:ibm:params:oauth:grant-type:passcode");
    }

    @Test
    void passcodeUserWithOneAccountUsesIt() {
        IbmCloud cloud = fixture.cloud(Passcode.of(TestSeeds.ERIN_PASSCODE));
        assertThat(cloud.accountId()).isEqualTo(ACCOUNT_C);
        assertThat(grants()).containsExactly("urn:ibm:params:oauth:grant-type:passcode", "refresh_token");
    }
}
