package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.maven.it.ItSupport;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailuresTest {
    /** A core exception as any API family would throw it. */
    private static final class TestCloudException extends IbmCloudException {
        private static final long serialVersionUID = 1L;

        TestCloudException(Problem problem, String message, String code, String requestId) {
            this(problem, message, code, requestId, null);
        }

        TestCloudException(Problem problem, String message, String code, String requestId, Throwable cause) {
            super(problem, message, 404, code, requestId, cause);
        }
    }

    /** What core throws when the JVM's trust managers find no path to a trusted CA (PKIX path building failed). */
    private static TestCloudException untrusted() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed:"
                + " unable to find valid certification path to requested target");
        handshake.initCause(new CertificateException("validator",
                new CertPathBuilderException("unable to find valid certification path to requested target")));
        return new TestCloudException(Problem.NETWORK, "IAM token request to https://127.0.0.1:1/identity/token"
                + " failed: certificate not trusted (SSLHandshakeException); add the server's CA to a trust store and"
                + " configure it (trustStore)", null, null, handshake);
    }

    @Test
    void anUntrustedCertificateIsABuildFailureSayingWhatToConfigure() {
        AbstractMojoExecutionException mapped = Failures.toMojoException(untrusted());

        assertThat(mapped).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("IAM token request to https://127.0.0.1:1/identity/token failed: certificate"
                        + " not trusted (SSLHandshakeException)")
                .hasMessageContaining("The JVM's default trust store does not trust the server's certificate")
                .hasMessageContaining("-Dschematics.trustStore=/path/to/truststore.p12 or <trustStore>")
                .hasMessageContaining("trustStoreServerId");
    }

    @Test
    void anUntrustedCertificateWithATrustStoreNamesIt(@TempDir Path dir) throws Exception {
        try (Emulator https = Emulator.builder().https(true).start()) {
            Path jks = ItSupport.writeTrustStore(dir.resolve("corp.jks"), "JKS", https.certificate(), "changeit");
            TrustStoreConfig tls = TrustStoreConfig.resolve(jks.toFile(), "JKS", null, null, new FakeDecrypter());

            AbstractMojoExecutionException mapped = Failures.toMojoException(untrusted(), tls);

            assertThat(mapped).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("The configured trustStore " + jks + " (JKS, 1 certificate, no password)"
                            + " holds no CA that vouches for the server's certificate")
                    .hasMessageContaining("-keystore corp.jks -storetype JKS");
        }
    }

    @Test
    void otherTlsFailuresAreNotCalledUntrusted() {
        SSLPeerUnverifiedException hostname = new SSLPeerUnverifiedException("Hostname 127.0.0.2 not verified");
        TestCloudException mismatch = new TestCloudException(Problem.NETWORK, "TLS handshake failed", null, null,
                hostname);

        assertThat(Failures.isUntrustedCertificate(mismatch)).isFalse();
        assertThat(Failures.isUntrustedCertificate(untrusted())).isTrue();
        assertThat(Failures.isUntrustedCertificate(new IllegalStateException(new CertPathBuilderException()))).isFalse();
        // a CA of the same name with another key: the path is built but does not verify
        assertThat(Failures.isUntrustedCertificate(new SSLHandshakeException("PKIX path validation failed")
                .initCause(new CertPathValidatorException("signature check failed")))).isTrue();
        // expired: no trust store fixes that
        assertThat(Failures.isUntrustedCertificate(new SSLHandshakeException("PKIX path validation failed")
                .initCause(new CertPathValidatorException("validity check failed", null, null, -1,
                        CertPathValidatorException.BasicReason.EXPIRED)))).isFalse();
        assertThat(Failures.toMojoException(mismatch)).isInstanceOf(MojoExecutionException.class);
    }

    @Test
    void whatTheUserCanFixIsABuildFailure() {
        TestCloudException notFound = new TestCloudException(Problem.NOT_FOUND,
                "workspace x not found in us-south", "M1001", "req-1");

        AbstractMojoExecutionException mapped = Failures.toMojoException(notFound);

        assertThat(mapped).isInstanceOf(MojoFailureException.class)
                .hasMessage("workspace x not found in us-south [M1001] (request id req-1)")
                .hasCause(notFound);
    }

    @Test
    void serviceAndNetworkProblemsAreBuildErrors() {
        TestCloudException unavailable = new TestCloudException(Problem.SERVICE_UNAVAILABLE,
                "Schematics answered 503 (request id req-2)", null, "req-2");

        assertThat(Failures.toMojoException(unavailable)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Schematics answered 503 (request id req-2)")
                .hasCause(unavailable);
    }

    @Test
    void badInputIsABuildFailureWithItsOwnMessage() {
        IllegalArgumentException bad = new IllegalArgumentException("region 'mars' is unknown");

        assertThat(Failures.toMojoException(bad)).isInstanceOf(MojoFailureException.class)
                .hasMessage("region 'mars' is unknown").hasCause(bad);
        assertThat(Failures.toMojoException(new IllegalStateException())).isInstanceOf(MojoExecutionException.class)
                .hasMessage("java.lang.IllegalStateException");
    }

    @Test
    void rethrowThrowsTheMappedType() {
        assertThatThrownBy(() -> Failures.rethrow(new IllegalArgumentException("x")))
                .isInstanceOf(MojoFailureException.class);
        assertThatThrownBy(() -> Failures.rethrow(new TestCloudException(Problem.NETWORK, "reset", null, null)))
                .isInstanceOf(MojoExecutionException.class).hasMessage("reset");
    }
}
