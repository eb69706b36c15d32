package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.core.workspace.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global configuration as core settings: endpoints, region, timeouts, trust store and Jenkins' proxy. */
class ConnectionSettingsTest {
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
        Path store = Files.writeString(dir.resolve("store.jks"), "not read until a client is built");
        ConnectionSettings settings = ConnectionSettings.builder().defaultRegion("EU-DE").connectTimeoutSeconds(5)
                .readTimeoutSeconds(120).trustStore(store.toString(), "jks", "changeit").build();
        HttpOptions options = settings.httpOptions();
        assertThat(settings.defaultRegion()).isEqualTo(Region.EU_DE);
        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(125));
        assertThat(options.trustStore()).isEqualTo(store);
        assertThat(options.trustStoreType()).isEqualTo("JKS");
        assertThat(options.log()).isSameAs(BuildLog.INSTANCE);
        assertThat(options.userAgentSuffix()).startsWith("ibm-cloud-schematics-jenkins/");
        assertThat(settings.toString()).doesNotContain("changeit");
    }

    @Test
    void jenkinsProxyBecomesCoreProxyWithItsNoProxyHosts() {
        ProxySettings proxy = ConnectionSettings.proxy("proxy.corp", 3128, "bob", "pr0xy-pass",
                "localhost\n*.internal.corp\n\n127.0.0.1");
        assertThat(proxy.host()).isEqualTo("proxy.corp");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.username()).isEqualTo("bob");
        assertThat(proxy.nonProxyHosts()).containsExactly("localhost", "*.internal.corp", "127.0.0.1");
        assertThat(proxy.bypasses("iam.internal.corp")).isTrue();
        assertThat(proxy.bypasses("iam.cloud.ibm.com")).isFalse();
        Leaks.assertNoSecret(proxy.toString(), List.of("pr0xy-pass"));
        Leaks.assertNoSecret(ConnectionSettings.builder().proxy(proxy).build().toString(), List.of("pr0xy-pass"));
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
