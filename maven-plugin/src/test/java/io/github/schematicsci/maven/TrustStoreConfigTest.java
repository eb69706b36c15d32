package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.github.schematicsci.maven.it.ItSupport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreConfigTest {
    private static final String PASSWORD = "Unit-TrustStore-Pw-81d0";

    private static Emulator https;

    @TempDir
    Path dir;

    private final Settings settings = new Settings();
    private final FakeDecrypter decrypter = new FakeDecrypter();

    @BeforeAll
    static void startHttpsEmulator() throws Exception {
        https = Emulator.builder().https(true).start();
    }

    @AfterAll
    static void stop() {
        https.close();
    }

    private void server(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        settings.addServer(server);
    }

    private TrustStoreConfig resolve(Path store, String type, String serverId) throws MojoFailureException {
        return TrustStoreConfig.resolve(store == null ? null : store.toFile(), type, serverId, settings, decrypter);
    }

    /** No message, description or toString may hold the password. */
    private static void assertNoPassword(String source, String text) {
        LeakScanner.of(List.of(PASSWORD, "changeit")).assertNoLeaks(source, text);
    }

    @Test
    void noTrustStoreMeansTheJvmDefault() throws Exception {
        assertThat(resolve(null, "PKCS12", null)).isNull();
        assertThat(resolve(null, null, " ")).isNull();
        assertThat(decrypter.asked).isEmpty();
    }

    @Test
    void theEmulatorsTrustStoreWithItsPasswordFromAServer() throws Exception {
        server("tls", "{enc:changeit}");

        TrustStoreConfig tls = resolve(https.trustStore(), null, "tls");

        assertThat(tls.describe()).isEqualTo(https.trustStore().toAbsolutePath().normalize()
                + " (PKCS12, 1 certificate, password from settings.xml server 'tls')");
        assertThat(decrypter.asked).containsExactly("server tls");
        HttpOptions options = tls.applyTo(HttpOptions.builder()).build();
        assertThat(options.trustStore()).isEqualTo(tls.path());
        assertThat(options.trustStoreType()).isEqualTo("PKCS12");
        assertThat(options.trustStorePassword()).isEqualTo("changeit");
        assertNoPassword("describe/toString", tls.describe() + tls);
    }

    @Test
    void storesWithoutPasswordJksAndPasswordlessPkcs12() throws Exception {
        Path jks = ItSupport.writeTrustStore(dir.resolve("t.jks"), "JKS", https.certificate(), PASSWORD);
        Path p12 = ItSupport.writePasswordlessPkcs12(dir.resolve("open.p12"), https.certificate());

        TrustStoreConfig fromJks = resolve(jks, "jks", null);
        TrustStoreConfig fromP12 = resolve(p12, "PKCS12", "");

        assertThat(fromJks.describe()).endsWith("t.jks (JKS, 1 certificate, no password)");
        assertThat(fromP12.describe()).endsWith("open.p12 (PKCS12, 1 certificate, no password)");
        assertThat(fromP12.applyTo(HttpOptions.builder()).build().trustStorePassword()).isNull();
    }

    @Test
    void aProtectedPkcs12WithoutPasswordSaysHowToGiveOne() throws Exception {
        assertThatThrownBy(() -> resolve(https.trustStore(), "PKCS12", null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("holds no certificate that can be read without a password")
                .hasMessageContaining("name it with trustStoreServerId (-Dschematics.trustStoreServerId=<server id>)");
    }

    @Test
    void aWrongPasswordFailsNamingTheServerNeverThePassword() throws Exception {
        Path store = ItSupport.writeTrustStore(dir.resolve("p.p12"), "PKCS12", https.certificate(), "changeit");
        server("tls", PASSWORD);

        assertThatThrownBy(() -> resolve(store, null, "tls"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("trustStore '" + store.toAbsolutePath().normalize() + "' cannot be opened with the password"
                        + " of settings.xml server 'tls' (trustStoreServerId): the password is wrong, or the file is"
                        + " damaged.")
                .satisfies(e -> assertNoPassword("message", e.getMessage()));
    }

    @Test
    void aMissingPathFailsBeforeAnythingElse() {
        Path missing = dir.resolve("nope/truststore.p12");

        assertThatThrownBy(() -> resolve(missing, null, "not-read"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStore '" + missing + "' does not exist: give the path of a PKCS12 or"
                        + " JKS trust store");
        assertThat(decrypter.asked).isEmpty();
    }

    @Test
    void aDirectoryOrAFileThatIsNoTrustStoreFails() throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> resolve(dir, null, null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStore '" + dir + "' is a directory");
        assertThatThrownBy(() -> resolve(pem, null, null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStore '" + pem + "' cannot be read as a PKCS12 trust store (")
                .hasMessageContaining("must be imported into a trust store first (keytool -importcert)");
    }

    @Test
    void anUnsupportedTypeFails() {
        assertThatThrownBy(() -> resolve(https.trustStore(), "PEM", null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStoreType 'PEM' is not supported: use PKCS12 (the default) or JKS.");
    }

    @Test
    void serverProblemsNameTrustStoreServerId() throws Exception {
        Path store = https.trustStore();
        server("empty", "");
        server("broken", "{broken-trust-pw}");

        assertThatThrownBy(() -> TrustStoreConfig.resolve(null, null, "tls", settings, decrypter))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStoreServerId 'tls' is set, but trustStore is not");
        assertThatThrownBy(() -> resolve(store, null, "missing"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStoreServerId 'missing': settings.xml has no <server> with this id.");
        assertThatThrownBy(() -> resolve(store, null, "empty"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("trustStoreServerId 'empty': settings.xml server 'empty' has no <password>");
        assertThatThrownBy(() -> resolve(store, null, "broken"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Cannot decrypt the password of settings.xml server 'broken'"
                        + " (trustStoreServerId): ")
                .hasMessageNotContaining("broken-trust-pw");
    }

    @Test
    void aRelativeFileIsMadeAbsolute() throws Exception {
        Path store = ItSupport.writeTrustStore(dir.resolve("rel.jks"), "JKS", https.certificate(), "changeit");
        Path relative = Path.of("").toAbsolutePath().relativize(store);

        TrustStoreConfig tls = TrustStoreConfig.resolve(new File(relative.toString()), "JKS", null, settings,
                decrypter);

        assertThat(tls.path()).isEqualTo(store.toAbsolutePath().normalize());
    }
}
