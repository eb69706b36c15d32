package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.config.ServerCredential;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class SettingsServersTest {
    private final FakeDecrypter decrypter = new FakeDecrypter();
    private final Settings settings = new Settings();

    private void server(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        settings.addServer(server);
    }

    @Test
    void decryptsOnlyTheServerAskedFor() throws Exception {
        server("other", null, "{broken-other}");
        server("ibmcloud", "apikey", "{enc:the-key}");

        ServerCredential credential = new SettingsServers(settings, decrypter).read("ibmcloud", true);

        assertThat(credential).isEqualTo(new ServerCredential("ibmcloud", "apikey", "the-key"));
        assertThat(decrypter.asked).containsExactly("server ibmcloud");
        LeakScanner.of(List.of("the-key")).assertNoLeaks("toString", credential.toString());
    }

    @Test
    void aMissingDefaultServerMeansTryTheEnvironment() throws Exception {
        assertThat(new SettingsServers(settings, decrypter).read("ibmcloud", true)).isNull();
        assertThat(new SettingsServers(null, decrypter).read("ibmcloud", true)).isNull();
    }

    @Test
    void aMissingServerNamedByTheUserFails() {
        assertThatThrownBy(() -> new SettingsServers(settings, decrypter).read("corp-cloud", false))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("serverId 'corp-cloud': settings.xml has no <server> with this id.");
    }

    @Test
    void aBlankServerIdFails() {
        assertThatThrownBy(() -> new SettingsServers(settings, decrypter).read(" ", false))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("serverId is empty");
    }

    @Test
    void aDecryptionProblemFailsClearlyWithoutTheEncryptedText() {
        server("ibmcloud", null, "{broken-value-123}");

        assertThatThrownBy(() -> new SettingsServers(settings, decrypter).read("ibmcloud", true))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Cannot decrypt the password of settings.xml server 'ibmcloud': Failed to"
                        + " decrypt password for server ibmcloud: Illegal base64 in ****. Check the master password")
                .satisfies(e -> LeakScanner.of(List.of("broken-value-123")).assertNoLeaks("message", e.getMessage()))
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
