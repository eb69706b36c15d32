package io.github.schematicsci.core.account;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.iam.IamToken;
import io.github.schematicsci.core.internal.BearerAuth;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AccountsClientTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestSeeds.identities()
            .user(io.github.schematicsci.emulator.Seed.User.of("IBMid-100000ZOEE", "zoe@example.com", "Zoe-Pw-1234",
                    "Zoe", TestSeeds.ACCOUNT_A, TestSeeds.ACCOUNT_B, TestSeeds.ACCOUNT_C))
            .build(), emulator -> emulator.accountsPageSize(1));

    @AfterEach
    void stop() {
        fixture.close();
    }

    private BearerAuth bearer(IamToken token) {
        return new BearerAuth() {
            @Override
            public String token() {
                return token.accessToken();
            }

            @Override
            public String renew(String rejected) {
                return token.accessToken();
            }
        };
    }

    @Test
    void followsRelativeNextUrlsUntilNull() {
        IamToken token = fixture.iam().requestToken(IbmIdPassword.of("zoe@example.com", "Zoe-Pw-1234"), null);
        List<Account> accounts = fixture.accounts().list(bearer(token));

        assertThat(accounts).extracting(Account::id)
                .containsExactly(TestSeeds.ACCOUNT_A, TestSeeds.ACCOUNT_B, TestSeeds.ACCOUNT_C);
        assertThat(accounts.get(0).name()).isEqualTo("Alpha Corp");
        assertThat(accounts.get(0).state()).isEqualTo("ACTIVE");
        List<RecordedRequest> pages = fixture.emulator.requests().all().stream()
                .filter(r -> r.route() == Route.ACCOUNTS).toList();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).query()).isEmpty();
        assertThat(pages.get(1).query()).containsKey("next_docid");
        assertThat(pages.get(1).header("Authorization")).startsWith("Bearer");
    }

    @Test
    void selectsByIdOrExactName() {
        List<Account> accounts = List.of(new Account(TestSeeds.ACCOUNT_A, "Alpha", "ACTIVE", "TRIAL"),
                new Account(TestSeeds.ACCOUNT_B, "Bravo", "ACTIVE", "PAYG"),
                new Account(TestSeeds.ACCOUNT_C, "Bravo", "SUSPENDED", "PAYG"));
        assertThat(AccountsClient.select(accounts, TestSeeds.ACCOUNT_A.toUpperCase())).contains(accounts.get(0));
        assertThat(AccountsClient.select(accounts, "Alpha")).contains(accounts.get(0));
        assertThat(AccountsClient.select(accounts, "alpha")).isEmpty();
        assertThatThrownBy(() -> AccountsClient.select(accounts, "Bravo"))
                .isInstanceOfSatisfying(AccountsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.AMBIGUOUS))
                .hasMessageContaining("several accounts are named 'Bravo'");
    }

    @Test
    void anExpiredTokenIsReportedClearly() {
        IamToken token = fixture.iam().requestToken(IbmIdPassword.of("zoe@example.com", "Zoe-Pw-1234"), null);
        fixture.clock.advance(java.time.Duration.ofHours(2));
        assertThatThrownBy(() -> fixture.accounts().list(bearer(token)))
                .isInstanceOfSatisfying(AccountsException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("listing accounts failed (HTTP 401)");
    }

    @Test
    void aNextUrlToAnotherHostIsNotFollowed() {
        IamToken token = fixture.iam().requestToken(IbmIdPassword.of("zoe@example.com", "Zoe-Pw-1234"), null);
        fixture.emulator.faults().next(Route.ACCOUNTS, Fault.body(200, "application/json",
                "{\"next_url\":\"https://evil.example.com/coe/v2/accounts?next_docid=x\",\"resources\":[]}"));
        assertThatThrownBy(() -> fixture.accounts().list(bearer(token)))
                .hasMessageContaining("next_url on another host (evil.example.com)");
        assertThat(fixture.emulator.requests().count(Route.ACCOUNTS)).isEqualTo(1);
    }
}
