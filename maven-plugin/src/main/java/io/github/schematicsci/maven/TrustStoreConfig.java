package io.github.schematicsci.maven;

import io.github.schematicsci.core.http.HttpOptions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The trust store the plugin gives core instead of the JVM's default one: the file ({@code trustStore}), its type
 * ({@code trustStoreType}, PKCS12 or JKS) and its password, which is never a parameter (so {@code -X} cannot show
 * it) but the {@code <password>} of the settings.xml server named by {@code trustStoreServerId}, decrypted like a
 * credential, or none at all.
 *
 * <p>{@link #resolve} opens the store before any request, so that a missing, unreadable or wrong file, a wrong
 * password or a store holding no certificate fails the build with a message naming the parameter, instead of as a
 * TLS error in the middle of the first call. Hostname verification is not affected: core keeps it on.
 */
final class TrustStoreConfig {
    static final String DEFAULT_TYPE = "PKCS12";

    private final Path path;
    private final String type;
    private final String password;
    private final String passwordSource;
    private final int certificates;

    private TrustStoreConfig(Path path, String type, String password, String passwordSource, int certificates) {
        this.path = path;
        this.type = type;
        this.password = password;
        this.passwordSource = passwordSource;
        this.certificates = certificates;
    }

    /**
     * Returns the trust store to use, or null for the JVM's default one (no {@code trustStore} given).
     *
     * @param trustStore the {@code trustStore} parameter (Maven has resolved it against the project directory)
     * @param type the {@code trustStoreType} parameter; blank means PKCS12
     * @param serverId the {@code trustStoreServerId} parameter: the settings.xml server holding the password, or blank
     * @throws MojoFailureException naming the parameter when anything about the trust store is unusable
     */
    static TrustStoreConfig resolve(File trustStore, String type, String serverId, Settings settings,
            SettingsDecrypter decrypter) throws MojoFailureException {
        String storeType = type(type);
        boolean hasServer = serverId != null && !serverId.isBlank();
        if (trustStore == null || trustStore.getPath().isBlank()) {
            if (hasServer) {
                throw new MojoFailureException("trustStoreServerId '" + serverId.strip() + "' is set, but trustStore"
                        + " is not: give the trust store file too (-Dschematics.trustStore=/path/to/truststore.p12 or"
                        + " <trustStore> in the plugin configuration), or remove trustStoreServerId to use the JVM's"
                        + " default trust store.");
            }
            return null;
        }
        Path path = trustStore.toPath().toAbsolutePath().normalize();
        checkFile(path);
        String password = null;
        String passwordSource = "no password";
        if (hasServer) {
            String id = serverId.strip();
            password = password(id, settings, decrypter);
            passwordSource = "password from settings.xml server '" + id + "'";
        }
        KeyStore store = load(path, storeType, password, hasServer ? serverId.strip() : null);
        int certificates = countCertificates(store, path);
        if (certificates == 0) {
            throw new MojoFailureException(emptyMessage(path, storeType, hasServer));
        }
        return new TrustStoreConfig(path, storeType, password, passwordSource, certificates);
    }

    private static String emptyMessage(Path path, String storeType, boolean hasPassword) {
        if (hasPassword) {
            return "trustStore '" + path + "' holds no certificate: import the CA certificate of your endpoints into"
                    + " it (keytool -importcert -alias my-ca -file my-ca.pem -keystore " + path.getFileName()
                    + " -storetype " + storeType + ").";
        }
        return "trustStore '" + path + "' holds no certificate that can be read without a password. Its certificates"
                + " are probably password-protected (keytool and KeyStore.store protect PKCS12 certificates by"
                + " default): put the store's password in a settings.xml <server> and name it with"
                + " trustStoreServerId (-Dschematics.trustStoreServerId=<server id>), or make a password-less trust"
                + " store (see docs/maven.md, \"TLS and private CAs\").";
    }

    /** Normalizes and checks {@code trustStoreType}. */
    static String type(String type) throws MojoFailureException {
        if (type == null || type.isBlank()) {
            return DEFAULT_TYPE;
        }
        String normalized = type.strip().toUpperCase(Locale.ROOT);
        if (!normalized.equals("PKCS12") && !normalized.equals("JKS")) {
            throw new MojoFailureException("trustStoreType '" + type.strip() + "' is not supported: use PKCS12 (the"
                    + " default) or JKS. A PEM or DER CA certificate must be imported into a trust store first:"
                    + " keytool -importcert -alias my-ca -file my-ca.pem -keystore truststore.p12 -storetype PKCS12.");
        }
        return normalized;
    }

    private static void checkFile(Path path) throws MojoFailureException {
        if (Files.isDirectory(path)) {
            throw new MojoFailureException("trustStore '" + path + "' is a directory: give the trust store file"
                    + " itself, e.g. " + path.resolve("truststore.p12") + ".");
        }
        if (!Files.exists(path)) {
            throw new MojoFailureException("trustStore '" + path + "' does not exist: give the path of a PKCS12 or"
                    + " JKS trust store holding the CA certificate of your endpoints (a relative path is resolved"
                    + " against the project directory).");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new MojoFailureException("trustStore '" + path + "' cannot be read: check that it is a file and"
                    + " that the build's user may read it.");
        }
    }

    /** Returns the decrypted password of settings.xml server {@code id}. */
    private static String password(String id, Settings settings, SettingsDecrypter decrypter)
            throws MojoFailureException {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new MojoFailureException("trustStoreServerId '" + id + "': settings.xml has no <server> with this id."
                    + " Add <server><id>" + id + "</id><password>the trust store password</password></server> to"
                    + " settings.xml (the password may be encrypted with mvn --encrypt-password), or remove"
                    + " trustStoreServerId for a trust store without password.");
        }
        String raw = server.getPassword();
        if (raw == null || raw.isEmpty()) {
            throw new MojoFailureException("trustStoreServerId '" + id + "': settings.xml server '" + id + "' has no"
                    + " <password>: put the trust store's password there, or remove trustStoreServerId for a"
                    + " trust store without password.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException(SettingsServers.decryptionMessage("the password of settings.xml server '"
                        + id + "' (trustStoreServerId)", problem, raw), problem.getException());
            }
        }
        String password = result.getServer() == null ? null : result.getServer().getPassword();
        if (password == null || password.isEmpty()) {
            throw new MojoFailureException("trustStoreServerId '" + id + "': the password of settings.xml server '"
                    + id + "' is empty after decryption.");
        }
        return password;
    }

    /** Opens the store; messages name the parameters and never hold the password. */
    private static KeyStore load(Path path, String type, String password, String serverId) throws MojoFailureException {
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
        } catch (GeneralSecurityException e) {
            throw new MojoFailureException("trustStoreType " + type + " is not available in this JVM: "
                    + e.getClass().getSimpleName(), e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password == null ? null : password.toCharArray());
            return store;
        } catch (NoSuchFileException e) {
            throw new MojoFailureException("trustStore '" + path + "' does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new MojoFailureException("trustStore '" + path + "' cannot be read: permission denied.", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new MojoFailureException("trustStore '" + path + "' cannot be opened with the password of"
                        + " settings.xml server '" + serverId + "' (trustStoreServerId): the password is wrong, or the"
                        + " file is damaged.", e);
            }
            throw new MojoFailureException("trustStore '" + path + "' cannot be read as a " + type + " trust store ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "). Check the file and trustStoreType (PKCS12 or JKS); a PEM or DER certificate must be imported"
                    + " into a trust store first (keytool -importcert).", e);
        } catch (GeneralSecurityException e) {
            throw new MojoFailureException("trustStore '" + path + "' is not a usable " + type + " trust store: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /** Counts the certificates a trust manager would trust: trusted-certificate entries and key entries' certificates. */
    private static int countCertificates(KeyStore store, Path path) throws MojoFailureException {
        try {
            int count = 0;
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate != null) {
                    count++;
                }
            }
            return count;
        } catch (GeneralSecurityException e) {
            throw new MojoFailureException("trustStore '" + path + "' cannot be listed: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** Hands the trust store to core. */
    HttpOptions.Builder applyTo(HttpOptions.Builder options) {
        return options.trustStore(path, type, password);
    }

    Path path() {
        return path;
    }

    String type() {
        return type;
    }

    int certificates() {
        return certificates;
    }

    /** For the log, e.g. {@code /ci/truststore.p12 (PKCS12, 2 certificates, no password)}; never the password. */
    String describe() {
        return path + " (" + type + ", " + certificates + (certificates == 1 ? " certificate, " : " certificates, ")
                + passwordSource + ")";
    }

    @Override
    public String toString() {
        return "TrustStoreConfig{" + describe() + "}";
    }
}
