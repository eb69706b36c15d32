package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class SettingsProxiesTest {
    private final Settings settings = new Settings();
    private final FakeDecrypter decrypter = new FakeDecrypter();
    private final RecordingLog log = new RecordingLog();

    private Proxy proxy(String id, boolean active, String protocol, String host, int port) {
        Proxy proxy = new Proxy();
        proxy.setId(id);
        proxy.setActive(active);
        proxy.setProtocol(protocol);
        proxy.setHost(host);
        proxy.setPort(port);
        settings.addProxy(proxy);
        return proxy;
    }

    @Test
    void picksTheFirstActiveProxyOfTheProtocol() {
        proxy("off", false, "https", "off.example", 1);
        proxy("plain", true, "http", "plain.example", 3128);
        proxy("secure", true, "https", "secure.example", 8443);

        assertThat(SettingsProxies.select(settings, "https").getId()).isEqualTo("secure");
        assertThat(SettingsProxies.select(settings, "HTTP").getId()).isEqualTo("plain");
    }

    @Test
    void httpsFallsBackToAnHttpProxyAsMavenDoes() {
        proxy("plain", true, "http", "plain.example", 3128);

        assertThat(SettingsProxies.select(settings, "https").getId()).isEqualTo("plain");
    }

    @Test
    void noActiveProxyMeansDirect() throws Exception {
        proxy("off", false, "http", "off.example", 1);

        assertThat(new SettingsProxies(settings, decrypter, log).forUrl("http")).isNull();
        assertThat(new SettingsProxies(new Settings(), decrypter, log).forUrl("https")).isNull();
        assertThat(SettingsProxies.select(null, "https")).isNull();
    }

    @Test
    void passesHostPortDecryptedCredentialsAndNonProxyHosts() throws Exception {
        Proxy proxy = proxy("corp", true, "http", "proxy.corp.example", 3128);
        proxy.setUsername("builder");
        proxy.setPassword("{enc:proxy-secret}");
        proxy.setNonProxyHosts("localhost|*.internal.example");

        ProxySettings mapped = new SettingsProxies(settings, decrypter, log).forUrl("https");

        assertThat(mapped.host()).isEqualTo("proxy.corp.example");
        assertThat(mapped.port()).isEqualTo(3128);
        assertThat(mapped.username()).isEqualTo("builder");
        assertThat(mapped.password()).isEqualTo("proxy-secret");
        assertThat(mapped.nonProxyHosts()).containsExactly("localhost", "*.internal.example");
        assertThat(decrypter.asked).containsExactly("proxy corp");
        assertThat(log.text()).contains("Proxy: settings.xml proxy 'corp'");
        log.assertNoSecrets("proxy-secret");
    }

    @Test
    void aProxyWithoutPasswordIsNotDecrypted() throws Exception {
        proxy("open", true, "http", "open.example", 8080);

        assertThat(new SettingsProxies(settings, decrypter, log).forUrl("http").username()).isNull();
        assertThat(decrypter.asked).isEmpty();
    }

    @Test
    void anUnusableProxyFailsNamingIt() {
        proxy("bad", true, "http", "", 8080);

        assertThatThrownBy(() -> new SettingsProxies(settings, decrypter, log).forUrl("http"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("settings.xml proxy 'bad': proxy host is empty");
    }

    @Test
    void aProxyPasswordThatCannotBeDecryptedFails() {
        Proxy proxy = proxy("corp", true, "http", "proxy.corp.example", 3128);
        proxy.setUsername("builder");
        proxy.setPassword("{broken-proxy-pw}");

        assertThatThrownBy(() -> new SettingsProxies(settings, decrypter, log).forUrl("http"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Cannot decrypt the password of settings.xml proxy 'corp'")
                .satisfies(e -> LeakScanner.of(List.of("broken-proxy-pw")).assertNoLeaks("message", e.getMessage()));
    }
}
