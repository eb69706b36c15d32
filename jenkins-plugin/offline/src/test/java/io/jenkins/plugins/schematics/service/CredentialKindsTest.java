package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each accepted Jenkins credential type means to IAM, and the messages for the ones that cannot be used. */
class CredentialKindsTest {
    @Test
    void apiKeyAndSecretTextAreApiKeys() throws StepFailure {
        assertThat(CredentialKinds.apiKey("ibm", CredentialKinds.API_KEY_TYPE, TestCloud.API_KEY)).isInstanceOf(ApiKey.class);
        assertThat(CredentialKinds.apiKey("txt", "Secret text", TestCloud.API_KEY))
                .isEqualTo(ApiKey.of(TestCloud.API_KEY));
    }

    @Test
    void usernamePasswordFollowsCoresRule() throws StepFailure {
        for (String user : new String[] {null, "", "apikey", "IAMAPIKEY"}) {
            assertThat(CredentialKinds.usernamePassword("up", "Username with password", user, TestCloud.API_KEY))
                    .as("username %s", user).isInstanceOf(ApiKey.class);
        }
        Credential ibmid = CredentialKinds.usernamePassword("up", "Username with password", TestCloud.USER,
                TestCloud.PASSWORD);
        assertThat(ibmid).isInstanceOf(IbmIdPassword.class);
        assertThat(((IbmIdPassword) ibmid).username()).isEqualTo(TestCloud.USER);
    }

    @Test
    void aMalformedSecretIsReportedWithTheIdButNeverTheSecret() {
        String key = "my-key-with-a-trailing-newline\n";
        assertThatThrownBy(() -> CredentialKinds.apiKey("ibm", "Secret text", key))
                .isInstanceOf(StepFailure.class)
                .hasMessageStartingWith("credential 'ibm' (Secret text): apiKey contains a line break")
                .satisfies(e -> LeakScanner.of(List.of(key.strip())).assertNoLeaks("the message", e.getMessage()));
        String password = "S3cr3tP4ss\nW0rdZz";
        assertThatThrownBy(() -> CredentialKinds.usernamePassword("alice", "Username with password", TestCloud.USER,
                password))
                .hasMessageStartingWith("credential 'alice' (Username with password): password contains a line break")
                .satisfies(e -> LeakScanner.of(List.of("S3cr3tP4ss", "W0rdZz")).assertNoLeaks("the message",
                        e.getMessage()));
    }

    @Test
    void notFoundAndUnsupportedSayWhatToStore() {
        assertThat(CredentialKinds.notFound("nope").getMessage())
                .startsWith("credentialsId 'nope': no credential with this id is visible to this build")
                .contains("IBM Cloud API key").contains("Secret text").contains("Username with password");
        assertThat(CredentialKinds.unsupported("ssh", "SSH Username with private key").getMessage())
                .startsWith("credential 'ssh' (SSH Username with private key) cannot be used for IBM Cloud: use an");
    }
}
