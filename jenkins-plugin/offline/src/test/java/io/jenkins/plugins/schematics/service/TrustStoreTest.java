package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Route;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.github.schematicsci.emulator.leaks.SecretLeakExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The global configuration's trust store against an HTTPS emulator with its own certificate, through the service as
 * a build uses it: without the trust store the certificate is refused with core's "certificate not trusted", with it
 * every call works, and a trust store that is missing, unreadable or opened with the wrong password is a
 * configuration error naming the field, before any request. The password never shows.
 */
@Timeout(60)
class TrustStoreTest {
    /** Not the emulator's "changeit": a password only this test knows, so that a leak of it is unambiguous. */
    private static final String STORE_PASSWORD = "Trust-Store-Pass-4711";
    private static final String WRONG_PASSWORD = "Not-The-Store-Pass-0815";

    /** One HTTPS emulator for the class: each start runs keytool, which takes a second or more on a busy machine. */
    private static TestCloud cloud;
    /** A second HTTPS emulator, whose certificate the first one's trust store does not hold. */
    private Emulator other;

    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder()
            .emulator(() -> cloud == null ? null : cloud.emulator)
            .secrets(TestCloud.SENSITIVE_VALUE, STORE_PASSWORD, WRONG_PASSWORD)
            .scanChangedFiles(TestCloud.TARGET)
            .build();

    @TempDir
    Path dir;

    @BeforeAll
    static void startCloud() throws IOException {
        cloud = TestCloud.https();
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }

    @BeforeEach
    void reset() {
        cloud.reset();
    }

    @AfterEach
    void checkLog() {
        try {
            cloud.assertLogHasNoSecret();
            LeakScanner.of(List.of(STORE_PASSWORD, WRONG_PASSWORD)).assertNoLeaks("build log", cloud.log());
        } finally {
            if (other != null) {
                other.close();
            }
        }
    }

    private static WorkspaceParameters byId() {
        return WorkspaceParameters.builder().credentialsId("ibm").id(TestCloud.WS_ID).build();
    }

    /** The emulator's trust store, saved again under this test's password, where an administrator would put it. */
    private Path storeWithOwnPassword() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(cloud.emulator.trustStore())) {
            store.load(in, cloud.emulator.trustStorePassword().toCharArray());
        }
        Path file = dir.resolve("ibm-ca.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, STORE_PASSWORD.toCharArray());
        }
        return file;
    }

    private ConnectionSettings trusting(Path store, String password) {
        return cloud.settingsBuilder().trustStore(store.toString(), "PKCS12", password).build();
    }

    @Test
    void withoutATrustStoreTheCertificateIsRefusedAsNotTrustedBeforeAnyRequest() {
        assertThat(cloud.emulator.iamUrl()).startsWith("https://127.0.0.1:");
        assertThatThrownBy(() -> cloud.service().workspace(byId()))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("certificate not trusted")
                .hasMessageContaining("Manage Jenkins → System → IBM Cloud Schematics → trustStorePath")
                // printed as the build's failure (an AbortException's message): one line, no stack trace
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\tat "));
        assertThat(cloud.emulator.requests().count()).as("requests that got past the TLS handshake").isZero();
        assertThat(cloud.log()).doesNotContain("retrying"); // a certificate problem is not retried
    }

    @Test
    void theBindingIsRefusedTheSameWay() {
        assertThatThrownBy(() -> cloud.service().token(new TokenParameters("ibm", null, null, null)))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("certificate not trusted");
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void withTheTrustStoreTheLookupListAndTokenWork() throws Exception {
        SchematicsService service = cloud.service(trusting(storeWithOwnPassword(), STORE_PASSWORD));

        Map<String, Object> ws = service.workspace(byId());
        assertThat(ws).containsEntry("id", TestCloud.WS_ID).containsEntry("status", "ACTIVE");
        assertThat(ws.get("outputs")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("cluster_id", "c-123");
        assertThat(service.workspaces(new ListParameters("ibm", null, null, null))).hasSize(2);
        BoundToken bound = service.token(new TokenParameters("ibm", null, null, null));
        assertThat(cloud.emulator.issuedTokens()).contains(bound.secretValues().get("IBMCLOUD_IAM_TOKEN"));
        assertThat(cloud.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(1);
        assertThat(cloud.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
        cloud.leakScanner().assertNoLeaks("the returned map", ws.toString());
    }

    @Test
    void aTrustStoreWithoutTheServersCaIsRefusedAndTheConfiguredStoreIsNamed() throws IOException {
        other = Emulator.builder().https(true).start();
        Path foreign = Files.copy(other.trustStore(), dir.resolve("other-ca.p12"), StandardCopyOption.REPLACE_EXISTING);
        ConnectionSettings settings = trusting(foreign, other.trustStorePassword());
        assertThatThrownBy(() -> cloud.service(settings).workspace(byId()))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("certificate not trusted")
                .hasMessageContaining("the configured trustStorePath '" + foreign + "' does not hold the CA");
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void aBadTrustStorePathIsAConfigurationErrorBeforeAnyRequest() {
        assertThatThrownBy(() -> cloud.settingsBuilder().trustStore("/no/such/ibm-ca.p12", null, STORE_PASSWORD)
                .buildForBuild())
                .isInstanceOf(StepFailure.class)
                .hasMessage("IBM Cloud Schematics global configuration: trustStorePath '/no/such/ibm-ca.p12' is not a "
                        + "file on the Jenkins controller");
        assertThatThrownBy(() -> cloud.settingsBuilder().trustStore("ibm-ca.p12", "PKCS12", null).buildForBuild())
                .isInstanceOf(StepFailure.class)
                .hasMessageStartingWith("IBM Cloud Schematics global configuration: trustStorePath 'ibm-ca.p12' is "
                        + "relative: give an absolute path on the Jenkins controller");
        assertThatThrownBy(() -> cloud.settingsBuilder().trustStore(dir.toString(), "PKCS12", null).buildForBuild())
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("is not a file on the Jenkins controller");
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void aWrongOrMissingPasswordAndAFileThatIsNoStoreAreNamedWithoutThePassword() throws Exception {
        Path store = storeWithOwnPassword();

        assertThatThrownBy(() -> cloud.settingsBuilder().trustStore(store.toString(), "PKCS12", WRONG_PASSWORD)
                .buildForBuild())
                .isInstanceOf(StepFailure.class)
                .hasMessage("IBM Cloud Schematics global configuration: trustStorePassword does not open trustStorePath '"
                        + store + "' (PKCS12): check the password");
        assertThatThrownBy(() -> cloud.settingsBuilder().trustStore(store.toString(), "PKCS12", "").buildForBuild())
                .isInstanceOf(StepFailure.class)
                .hasMessage("IBM Cloud Schematics global configuration: trustStorePath '" + store + "' holds no "
                        + "certificate readable without a password: if the store has one, set trustStorePassword");
        Path notAStore = Files.writeString(dir.resolve("notes.p12"), "-----BEGIN CERTIFICATE-----\nnot DER\n");
        assertThatThrownBy(() -> cloud.settingsBuilder().trustStore(notAStore.toString(), "PKCS12", STORE_PASSWORD)
                .buildForBuild())
                .isInstanceOf(StepFailure.class)
                .hasMessageStartingWith("IBM Cloud Schematics global configuration: trustStorePath '" + notAStore
                        + "' cannot be read as a PKCS12 trust store (")
                .hasMessageEndingWith("): check the file and trustStoreType");
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void aTrustStoreDeletedAfterTheSettingsWereCheckedFailsTheBuildBeforeAnyRequest() throws Exception {
        Path store = storeWithOwnPassword();
        ConnectionSettings settings = trusting(store, STORE_PASSWORD);
        Files.delete(store);
        assertThatThrownBy(() -> cloud.service(settings).workspace(byId()))
                .isInstanceOf(StepFailure.class)
                .hasMessageStartingWith("IBM Cloud Schematics global configuration: trustStore " + store)
                .satisfies(e -> LeakScanner.of(List.of(STORE_PASSWORD)).assertNoLeaks("the message", e.getMessage()));
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void theFormCheckOpensTheStoreWithItsTypeAndPassword() throws Exception {
        Path store = storeWithOwnPassword();
        assertThat(FieldChecks.trustStore(store.toString(), "PKCS12", STORE_PASSWORD)).isNull();
        assertThat(FieldChecks.trustStore(" " + store + " ", "", STORE_PASSWORD)).as("padded, default type").isNull();
        assertThat(FieldChecks.trustStore("", "", WRONG_PASSWORD)).as("no store: the JVM's").isNull();
        String wrong = FieldChecks.trustStore(store.toString(), "PKCS12", WRONG_PASSWORD);
        assertThat(wrong).isEqualTo("trustStorePassword does not open trustStorePath '" + store
                + "' (PKCS12): check the password");
        LeakScanner.of(List.of(STORE_PASSWORD, WRONG_PASSWORD)).assertNoLeaks("the form check", wrong);
        assertThat(FieldChecks.trustStore(store.toString(), "PEM", STORE_PASSWORD))
                .isEqualTo("trustStoreType 'PEM' is not supported: use PKCS12 or JKS");
        assertThat(cloud.emulator.requests().count()).isZero();
    }
}
