package io.github.schematicsci.core.http;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpOptionsTest extends GuardedTest {
    @Test
    void defaultsAreDocumented() {
        HttpOptions options = HttpOptions.DEFAULTS;
        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.maxAttempts()).isEqualTo(4);
        assertThat(options.retryBudget()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void durationsAreCheckedWithTheirName() {
        assertThatThrownBy(() -> HttpOptions.builder().readTimeout(Duration.ofSeconds(-1)))
                .hasMessage("readTimeout PT-1S is too small: use PT0.001S to PT10M");
        assertThatThrownBy(() -> HttpOptions.builder().connectTimeout(Duration.ofHours(1)))
                .hasMessage("connectTimeout PT1H is too large: use PT0.001S to PT10M");
        assertThatThrownBy(() -> HttpOptions.builder().callTimeout(null)).hasMessageStartingWith("callTimeout is null");
        assertThatThrownBy(() -> HttpOptions.builder().maxAttempts(0)).hasMessageStartingWith("maxAttempts 0 is out of range");
        assertThatThrownBy(() -> HttpOptions.builder().connectTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(5)).build()).hasMessageContaining("callTimeout (PT5S) is shorter");
        assertThatThrownBy(() -> HttpOptions.builder().trustStore(java.nio.file.Path.of("x"), "PEM", null))
                .hasMessageContaining("trustStoreType 'PEM' is not supported");
    }

    @Test
    void proxyHidesItsPasswordAndMatchesNonProxyHosts() {
        ProxySettings proxy = ProxySettings.builder("proxy.corp", 3128).credentials("u", "proxy-secret-pw")
                .nonProxyHosts("localhost|*.internal.corp\n127.0.0.1").build();
        assertThat(proxy.toString()).doesNotContain("proxy-secret-pw").contains("password=****");
        assertThat(proxy.bypasses("api.internal.corp")).isTrue();
        assertThat(proxy.bypasses("LOCALHOST")).isTrue();
        assertThat(proxy.bypasses("iam.cloud.ibm.com")).isFalse();
        assertThatThrownBy(() -> ProxySettings.builder("p", 0)).hasMessageContaining("proxy port 0 is invalid");
    }
}
