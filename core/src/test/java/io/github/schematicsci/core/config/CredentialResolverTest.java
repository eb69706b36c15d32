package io.github.schematicsci.core.config;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.iam.Passcode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialResolverTest extends GuardedTest {
    private static final String KEY = "ResolverKeySecret-0123456789";

    @Test
    void theServerComesFirst() {
        ResolvedCredential resolved = CredentialResolver.resolve("ibmcloud",
                new ServerCredential("ibmcloud", null, KEY), Map.of("IBMCLOUD_API_KEY", "OtherKeyValue-1234"));
        assertThat(resolved.credential()).isEqualTo(ApiKey.of(KEY));
        assertThat(resolved.source()).isEqualTo("settings server 'ibmcloud' (API key)");
        assertThat(resolved.toString()).doesNotContain(KEY).contains("from settings server 'ibmcloud'");
    }

    @Test
    void serverUsernameDecidesTheGrant() {
        assertThat(CredentialResolver.resolve("s", new ServerCredential("s", "apikey", KEY), Map.of()).credential())
                .isInstanceOf(ApiKey.class);
        assertThat(CredentialResolver.resolve("s", new ServerCredential("s", "iamapikey", KEY), Map.of()).credential())
                .isInstanceOf(ApiKey.class);
        Credential user = CredentialResolver.resolve("s", new ServerCredential("s", "alice@example.com", "pw"), Map.of())
                .credential();
        assertThat(user).isInstanceOf(IbmIdPassword.class);
        assertThat(CredentialResolver.resolve("s", new ServerCredential("s", "alice@example.com", "pw"), Map.of())
                .source()).isEqualTo("settings server 's' (IBMid password)");
    }

    @Test
    void thenIbmcloudApiKeyThenIcApiKeyThenThePasscode() {
        assertThat(CredentialResolver.resolve("ibmcloud", null,
                Map.of("IBMCLOUD_API_KEY", KEY, "IC_API_KEY", "Other-000000", "SCHEMATICS_PASSCODE", "Pc00001")).source())
                .isEqualTo("environment variable IBMCLOUD_API_KEY");
        assertThat(CredentialResolver.resolve("ibmcloud", null,
                Map.of("IC_API_KEY", KEY, "SCHEMATICS_PASSCODE", "Pc00001")).source())
                .isEqualTo("environment variable IC_API_KEY");
        assertThat(CredentialResolver.resolve("ibmcloud", null, Map.of("SCHEMATICS_PASSCODE", "Pc00001")).credential())
                .isInstanceOf(Passcode.class);
    }

    @Test
    void nothingConfiguredListsTheThreeWays() {
        assertThatThrownBy(() -> CredentialResolver.resolve("my-ibm", null, Map.of("IBMCLOUD_API_KEY", "")))
                .isInstanceOf(CredentialNotFoundException.class)
                .hasMessageContaining("(1) a <server> with id 'my-ibm' in settings.xml")
                .hasMessageContaining("(2) the environment variable IBMCLOUD_API_KEY (or IC_API_KEY)")
                .hasMessageContaining("(3) the environment variable SCHEMATICS_PASSCODE");
    }

    @Test
    void aServerWithoutPasswordIsNamed() {
        assertThatThrownBy(() -> CredentialResolver.resolve("ibmcloud", new ServerCredential("ibmcloud", "apikey", null),
                Map.of("IBMCLOUD_API_KEY", KEY)))
                .hasMessageStartingWith("settings server 'ibmcloud' has no password");
    }

    @Test
    void malformedValuesNameTheirSourceWithoutEchoing() {
        assertThatThrownBy(() -> CredentialResolver.resolve("ibmcloud", null, Map.of("IBMCLOUD_API_KEY", KEY + "\n")))
                .hasMessageStartingWith("environment variable IBMCLOUD_API_KEY: apiKey contains a line break")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        assertThatThrownBy(() -> CredentialResolver.resolve("ibmcloud",
                new ServerCredential("ibmcloud", null, "  " + KEY), Map.of()))
                .hasMessageStartingWith("settings server 'ibmcloud': apiKey has leading or trailing whitespace")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }
}
