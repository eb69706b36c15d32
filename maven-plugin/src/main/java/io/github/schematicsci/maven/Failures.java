package io.github.schematicsci.maven;

import io.github.schematicsci.core.IbmCloudException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import javax.net.ssl.SSLException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns core's exceptions into Maven's contract: {@link MojoFailureException} (BUILD FAILURE) for what the user can
 * fix (bad input, missing or refused credential, workspace not found or ambiguous, access denied),
 * {@link MojoExecutionException} (BUILD ERROR) for the rest (network, service errors, unreadable responses). The
 * cause stays attached; the message alone says what happened, since Maven shows it without a stack trace.
 */
final class Failures {
    private Failures() {
    }

    /** Throws the Maven exception for {@code e}. */
    static void rethrow(RuntimeException e) throws MojoExecutionException, MojoFailureException {
        rethrow(e, null);
    }

    /**
     * Throws the Maven exception for {@code e}.
     *
     * @param trustStore the trust store the build used, or null for the JVM's default: named in the advice for an
     *     untrusted certificate
     */
    static void rethrow(RuntimeException e, TrustStoreConfig trustStore)
            throws MojoExecutionException, MojoFailureException {
        AbstractMojoExecutionException mapped = toMojoException(e, trustStore);
        if (mapped instanceof MojoFailureException failure) {
            throw failure;
        }
        throw (MojoExecutionException) mapped;
    }

    /** Returns the Maven exception for {@code e}. */
    static AbstractMojoExecutionException toMojoException(RuntimeException e) {
        return toMojoException(e, null);
    }

    /**
     * Returns the Maven exception for {@code e}. A server certificate that no CA of the trust store vouches for is
     * a {@link MojoFailureException}: the fix is configuration, and the message says which (see
     * {@link #untrustedAdvice}).
     */
    static AbstractMojoExecutionException toMojoException(RuntimeException e, TrustStoreConfig trustStore) {
        if (e instanceof IbmCloudException cloud) {
            String message = describe(cloud);
            if (isUntrustedCertificate(cloud)) {
                return new MojoFailureException(message + ". " + untrustedAdvice(trustStore), cloud);
            }
            return cloud.problem().isUserFixable()
                    ? new MojoFailureException(message, cloud)
                    : new MojoExecutionException(message, cloud);
        }
        if (e instanceof IllegalArgumentException) {
            return new MojoFailureException(e.getMessage(), e);
        }
        return new MojoExecutionException(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), e);
    }

    /**
     * True when the TLS handshake failed because no trusted CA vouches for the server's certificate: no
     * certification path to a trusted CA (a private CA, a self-signed certificate, a TLS-inspecting proxy), or a
     * path that does not verify (a trusted CA of the same name but another key, e.g. a re-issued CA). A hostname
     * mismatch, or a certificate that has expired or is not valid yet, is not this: no trust store fixes those.
     */
    static boolean isUntrustedCertificate(Throwable e) {
        boolean tls = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SSLException) {
                tls = true;
            } else if (tls && cause instanceof CertPathBuilderException) {
                return true;
            } else if (tls && cause instanceof CertPathValidatorException invalid) {
                return invalid.getReason() != CertPathValidatorException.BasicReason.EXPIRED
                        && invalid.getReason() != CertPathValidatorException.BasicReason.NOT_YET_VALID;
            }
        }
        return false;
    }

    /** What to configure when the server's certificate is not trusted. */
    static String untrustedAdvice(TrustStoreConfig trustStore) {
        if (trustStore == null) {
            return "The JVM's default trust store does not trust the server's certificate (a private CA, a"
                    + " self-signed certificate, or a TLS-inspecting proxy). Give the plugin a trust store holding"
                    + " that CA: -Dschematics.trustStore=/path/to/truststore.p12 or <trustStore> in the plugin"
                    + " configuration (trustStoreType PKCS12 or JKS; a password, if the store needs one, comes from"
                    + " the settings.xml <server> named by trustStoreServerId). See docs/maven.md, \"TLS and private"
                    + " CAs\".";
        }
        return "The configured trustStore " + trustStore.describe() + " holds no CA that vouches for the server's"
                + " certificate. It replaces the JVM's default trust store, so it must hold the CA of every endpoint"
                + " used (iamUrl, accountsUrl, schematicsUrl): import it with keytool -importcert -alias my-ca -file"
                + " my-ca.pem -keystore " + trustStore.path().getFileName() + " -storetype " + trustStore.type()
                + ". See docs/maven.md, \"TLS and private CAs\".";
    }

    /** Returns the exception's message with IBM's code and request id appended when the message lacks them. */
    static String describe(IbmCloudException e) {
        StringBuilder message = new StringBuilder(e.getMessage() == null ? e.problem().name() : e.getMessage());
        e.code().filter(code -> message.indexOf(code) < 0)
                .ifPresent(code -> message.append(" [").append(code).append(']'));
        e.requestId().filter(id -> message.indexOf(id) < 0)
                .ifPresent(id -> message.append(" (request id ").append(id).append(')'));
        return message.toString();
    }
}
