package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.github.schematicsci.emulator.leaks.SecretLeakExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The global configuration as core settings: endpoints, region, timeouts, trust store and Jenkins' proxy. */
class ConnectionSettingsTest {
    private static final String PROXY_PASSWORD = "pr0xy-pass";

    /** Started by the tests that need a real trust store (an HTTPS emulator's). */
    private Emulator emulator;

    @RegisterExtension
    final SecretLeakExtension leaks = SecretLeakExtension.builder()
            .emulator(() -> emulator)
            .secrets(PROXY_PASSWORD)
            .scanChangedFiles(TestCloud.TARGET)
            .build();
    @Test
    void blankFieldsMeanThePublicEndpoints() {
        ConnectionSettings settings = ConnectionSettings.builder().iamUrl(" ").accountsUrl(null).schematicsUrl("").build();
        assertThat(settings.endpoints()).isEqualTo(Endpoints.publicEndpoints());
        assertThat(settings.defaultRegion()).isNull();
        assertThat(settings.proxy()).isNull();
    }

    @Test
    void privateEndpointsWithOneOverride() {
        ConnectionSettings settings = ConnectionSettings.builder().privateEndpoints(true)
                .iamUrl("https://private.us-east.iam.cloud.ibm.com").build();
        assertThat(settings.endpoints().iam().toString()).isEqualTo("https://private.us-east.iam.cloud.ibm.com/");
        assertThat(settings.endpoints().schematics()).isEqualTo(Endpoints.PRIVATE_SCHEMATICS);
        assertThat(settings.endpoints().accounts()).isEqualTo(Endpoints.privateEndpoints().accounts());
    }

    @Test
    void eachInvalidFieldIsNamed() {
        assertThatThrownBy(() -> ConnectionSettings.builder().iamUrl("http://iam.example.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iamUrl");
        assertThatThrownBy(() -> ConnectionSettings.builder().defaultRegion("mars").build())
                .hasMessageStartingWith("defaultRegion 'mars' is not a Schematics region");
        assertThatThrownBy(() -> ConnectionSettings.builder().connectTimeoutSeconds(601).build())
                .hasMessage("connectTimeoutSeconds 601 is out of range: use 1 to 600 seconds");
        assertThatThrownBy(() -> ConnectionSettings.builder().trustStore("/no/such/store.p12", null, null).build())
                .hasMessage("trustStorePath '/no/such/store.p12' is not a file on the Jenkins controller");
    }

    @Test
    void timeoutsAndTrustStoreReachCore(@TempDir Path dir) throws IOException {
        emulator = Emulator.builder().https(true).start();
        try {
            // copied where an administrator would put it; the emulator deletes its own when it stops
            Path store = Files.copy(emulator.trustStore(), dir.resolve("ibm-ca.p12"), StandardCopyOption.REPLACE_EXISTING);
            String password = emulator.trustStorePassword();
            ConnectionSettings settings = ConnectionSettings.builder().defaultRegion("EU-DE").connectTimeoutSeconds(5)
                    .readTimeoutSeconds(120).trustStore(store.toString(), "pkcs12", password).build();
            HttpOptions options = settings.httpOptions();
            assertThat(settings.defaultRegion()).isEqualTo(Region.EU_DE);
            assertThat(settings.trustStore()).isEqualTo(store);
            assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(120));
            assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(125));
            assertThat(options.trustStore()).isEqualTo(store);
            assertThat(options.trustStoreType()).isEqualTo("PKCS12");
            assertThat(options.trustStorePassword()).isEqualTo(password);
            assertThat(options.log()).isSameAs(BuildLog.INSTANCE);
            assertThat(options.userAgentSuffix()).startsWith("ibm-cloud-schematics-jenkins/");
            LeakScanner passwordScanner = LeakScanner.of(List.of(password));
            passwordScanner.assertNoLeaks("ConnectionSettings.toString()", settings.toString());
            passwordScanner.assertNoLeaks("HttpOptions.toString()", options.toString());
        } finally {
            emulator.close();
        }
    }

    @Test
    void jenkinsProxyBecomesCoreProxyWithItsNoProxyHosts() {
        ProxySettings proxy = ConnectionSettings.proxy("proxy.corp", 3128, "bob", PROXY_PASSWORD,
                "localhost\n*.internal.corp\n\n127.0.0.1");
        assertThat(proxy.host()).isEqualTo("proxy.corp");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.username()).isEqualTo("bob");
        assertThat(proxy.nonProxyHosts()).containsExactly("localhost", "*.internal.corp", "127.0.0.1");
        assertThat(proxy.bypasses("iam.internal.corp")).isTrue();
        assertThat(proxy.bypasses("iam.cloud.ibm.com")).isFalse();
        LeakScanner scanner = LeakScanner.of(List.of(PROXY_PASSWORD));
        scanner.assertNoLeaks("ProxySettings.toString()", proxy.toString());
        scanner.assertNoLeaks("ConnectionSettings.toString()", ConnectionSettings.builder().proxy(proxy).build().toString());
        scanner.assertNoLeaks("HttpOptions.toString()", ConnectionSettings.builder().proxy(proxy).build().httpOptions()
                .toString());
    }

    @Test
    void noProxyHostMeansDirectAndAMissingPortMeans80() {
        assertThat(ConnectionSettings.proxy(null, 8080, null, null, null)).isNull();
        assertThat(ConnectionSettings.proxy(" ", 8080, null, null, null)).isNull();
        ProxySettings proxy = ConnectionSettings.proxy("proxy.corp", 0, "", "ignored-without-user", null);
        assertThat(proxy.port()).isEqualTo(80);
        assertThat(proxy.username()).isNull();
        assertThat(proxy.password()).isNull();
    }
}
