package io.github.schematicsci.core.reliability;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.IamException;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.emulator.Route;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS to the emulator: refused without trust, accepted with a trust store, hostname verification kept. */
@Timeout(60)
class TlsTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed(), e -> e.https(true));

    @AfterEach
    void stop() {
        fixture.close();
    }

    private IbmCloud cloud(HttpOptions options, Endpoints endpoints) {
        return IbmCloud.builder().credential(ApiKey.of(TestSeeds.KEY_A)).endpoints(endpoints).httpOptions(options)
                .sharedTokens(false).build();
    }

    @Test
    void anUntrustedCertificateIsRefusedClearly() {
        assertThat(fixture.emulator.iamUrl()).startsWith("https://127.0.0.1:");
        assertThatThrownBy(() -> cloud(fixture.options(), fixture.endpoints()).token())
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CERTIFICATE))
                .hasMessageContaining("certificate not trusted")
                .hasMessageContaining("configure it (trustStore)");
        assertThat(fixture.emulator.requests().count()).isZero();
        assertThat(fixture.log.text()).doesNotContain("retrying"); // a TLS failure is not retried
    }

    @Test
    void theConfiguredTrustStoreIsTrusted() {
        HttpOptions trusting = fixture.options().newBuilder()
                .trustStore(fixture.emulator.trustStore(), "PKCS12", fixture.emulator.trustStorePassword()).build();
        IbmCloud cloud = cloud(trusting, fixture.endpoints());
        assertThat(cloud.workspaces().get(TestWorkspaces.NET_EAST).name()).isEqualTo("net-prod");
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(1);
    }

    @Test
    void hostnameVerificationStaysOn() {
        // A name the certificate does not carry, resolved to the emulator's address: trusted certificate, wrong name.
        OkHttpClient wrongDns = new OkHttpClient.Builder()
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .build();
        HttpOptions trusting = fixture.options().newBuilder().baseClient(wrongDns)
                .trustStore(fixture.emulator.trustStore(), "PKCS12", fixture.emulator.trustStorePassword()).build();
        String port = fixture.emulator.iamUrl().substring(fixture.emulator.iamUrl().lastIndexOf(':'));
        Endpoints wrongName = fixture.endpoints().newBuilder().iam("https://iam.not-in-the-certificate.test" + port)
                .build();
        assertThatThrownBy(() -> cloud(trusting, wrongName).token())
                .isInstanceOfSatisfying(IamException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CERTIFICATE))
                .hasMessageContaining("does not match host iam.not-in-the-certificate.test");
        Endpoints rightName = fixture.endpoints().newBuilder().iam("https://localhost" + port).build();
        assertThat(cloud(trusting, rightName).token().accountId()).contains(TestSeeds.ACCOUNT_A);
    }

    @Test
    void anUnreadableTrustStoreIsANamedError(@TempDir Path dir) throws Exception {
        Path notAStore = Files.writeString(dir.resolve("store.p12"), "not a key store");
        HttpOptions broken = fixture.options().newBuilder().trustStore(notAStore, "PKCS12", null).build();
        assertThatThrownBy(() -> cloud(broken, fixture.endpoints()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trustStore " + notAStore + " cannot be read as PKCS12");
        assertThat(fixture.emulator.requests().count()).isZero();
    }

    @Test
    void aProtectedStoreOpenedWithoutItsPasswordIsNotMistakenForAnEmptyOne() {
        HttpOptions noPassword = fixture.options().newBuilder().trustStore(fixture.emulator.trustStore(), "PKCS12", null)
                .build();
        assertThatThrownBy(() -> cloud(noPassword, fixture.endpoints()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no certificate readable without a password");
        assertThat(fixture.emulator.requests().count()).isZero();
    }
}
