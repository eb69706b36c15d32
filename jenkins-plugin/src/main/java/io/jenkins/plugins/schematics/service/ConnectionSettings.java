package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.core.workspace.Region;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * How this Jenkins reaches IBM Cloud, as a plain immutable value: the global configuration's endpoints, default
 * region, timeouts and trust store, plus Jenkins' proxy. The Jenkins glue copies its fields in; everything here is
 * validated with messages that name the configuration field, and tested offline.
 */
public final class ConnectionSettings {
    /** Default connect timeout, in seconds. */
    public static final int DEFAULT_CONNECT_TIMEOUT = 10;
    /** Default read timeout, in seconds. */
    public static final int DEFAULT_READ_TIMEOUT = 30;
    /** Largest timeout accepted, in seconds (core's bound). */
    public static final int MAX_TIMEOUT = 600;
    /** Starts every message about a saved field, so that the build log says where to fix it. */
    public static final String GLOBAL_CONFIGURATION = "IBM Cloud Schematics global configuration: ";

    /**
     * One OkHttp client whose connection pool and dispatcher every call of this plugin shares: core derives its
     * clients from it with {@code newBuilder()}, so builds do not each open their own pools.
     */
    private static final OkHttpClient SHARED_CLIENT = new OkHttpClient();

    private final Endpoints endpoints;
    private final Region defaultRegion;
    private final int connectTimeoutSeconds;
    private final int readTimeoutSeconds;
    private final Path trustStore;
    private final String trustStoreType;
    private final String trustStorePassword;
    private final ProxySettings proxy;

    private ConnectionSettings(Builder b) {
        Endpoints.Builder e = b.privateEndpoints ? Endpoints.privateEndpoints().newBuilder() : Endpoints.builder();
        if (!isBlank(b.iamUrl)) {
            e.iam(b.iamUrl);
        }
        if (!isBlank(b.accountsUrl)) {
            e.accounts(b.accountsUrl);
        }
        if (!isBlank(b.schematicsUrl)) {
            e.schematics(b.schematicsUrl);
        }
        this.endpoints = e.build();
        this.defaultRegion = isBlank(b.defaultRegion) ? null : region("defaultRegion", b.defaultRegion);
        this.connectTimeoutSeconds = timeout("connectTimeoutSeconds", b.connectTimeoutSeconds);
        this.readTimeoutSeconds = timeout("readTimeoutSeconds", b.readTimeoutSeconds);
        this.trustStore = isBlank(b.trustStorePath) ? null : trustStore(b.trustStorePath);
        this.trustStoreType = trustStoreType(b.trustStoreType);
        this.trustStorePassword = isBlank(b.trustStorePassword) ? null : b.trustStorePassword;
        if (trustStore != null) {
            checkTrustStoreContents(trustStore, trustStoreType, trustStorePassword);
        }
        this.proxy = b.proxy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns the endpoints core calls. */
    public Endpoints endpoints() {
        return endpoints;
    }

    /** Returns the region used when a step gives none (name lookups and lists), or null for every geography. */
    public Region defaultRegion() {
        return defaultRegion;
    }

    /** Returns the trust store used instead of the JVM's, or null for the JVM's. */
    public Path trustStore() {
        return trustStore;
    }

    /** Returns the proxy, or null to connect directly. */
    public ProxySettings proxy() {
        return proxy;
    }

    /** Returns core's HTTP options for these settings, logging to the calling build through {@link BuildLog}. */
    public HttpOptions httpOptions() {
        Duration connect = Duration.ofSeconds(connectTimeoutSeconds);
        Duration read = Duration.ofSeconds(readTimeoutSeconds);
        // One attempt may connect and then wait for several reads; never shorter than core's default of 60 s.
        Duration call = connect.plus(read).compareTo(Duration.ofSeconds(60)) > 0 ? connect.plus(read) : Duration.ofSeconds(60);
        HttpOptions.Builder options = HttpOptions.builder()
                .connectTimeout(connect)
                .readTimeout(read)
                .callTimeout(call)
                .proxy(proxy)
                .baseClient(SHARED_CLIENT)
                .userAgentSuffix("ibm-cloud-schematics-jenkins/" + version())
                .log(BuildLog.INSTANCE);
        if (trustStore != null) {
            options.trustStore(trustStore, trustStoreType, trustStorePassword);
        }
        return options.build();
    }

    @Override
    public String toString() {
        return "ConnectionSettings{" + endpoints + ", defaultRegion=" + defaultRegion + ", connectTimeoutSeconds="
                + connectTimeoutSeconds + ", readTimeoutSeconds=" + readTimeoutSeconds + ", trustStore=" + trustStore
                + (trustStore == null ? "" : " (" + trustStoreType + ")") + ", proxy=" + proxy + "}";
    }

    /**
     * Returns Jenkins' proxy as core's settings, or null when no proxy host is configured.
     *
     * @param noProxyHosts Jenkins' "No Proxy Host" patterns, one per line (commas and {@code |} also accepted)
     */
    public static ProxySettings proxy(String host, int port, String username, String password, String noProxyHosts) {
        if (isBlank(host)) {
            return null;
        }
        // Jenkins stores port 0 or -1 when the field was left empty; HTTP proxies default to 80 there too.
        int effectivePort = port > 0 ? port : 80;
        return ProxySettings.builder(host.strip(), effectivePort)
                .credentials(isBlank(username) ? null : username.strip(), isBlank(username) ? null : password)
                .nonProxyHosts(noProxyHosts)
                .build();
    }

    // ---- validation, shared by the builder and the configuration form's doCheck methods ----

    /**
     * Checks an endpoint field ({@code iamUrl}, {@code accountsUrl} or {@code schematicsUrl}); blank means the
     * default.
     *
     * @throws IllegalArgumentException naming the field and what would be valid
     */
    public static void checkEndpoint(String field, String value) {
        if (isBlank(value)) {
            return;
        }
        Endpoints.Builder b = Endpoints.builder();
        switch (field) {
            case "iamUrl" -> b.iam(value);
            case "accountsUrl" -> b.accounts(value);
            case "schematicsUrl" -> b.schematics(value);
            default -> throw new IllegalArgumentException("unknown endpoint field " + field);
        }
    }

    /** Checks a region name for {@code field}; blank is accepted (no region). */
    public static void checkRegion(String field, String value) {
        if (!isBlank(value)) {
            region(field, value);
        }
    }

    /** Checks a timeout in seconds for {@code field}. */
    public static void checkTimeout(String field, int seconds) {
        timeout(field, seconds);
    }

    /**
     * Checks the trust store as a build would use it: the path (absolute, an existing file), the type, and that the
     * file opens as that type with {@code password} and holds at least one certificate. Blank path is accepted (the
     * JVM's trust store). Reads only the file; never a request. Messages never hold the password.
     */
    public static void checkTrustStore(String path, String type, String password) {
        if (isBlank(path)) {
            checkTrustStoreType(type);
            return;
        }
        Path file = trustStore(path);
        checkTrustStoreContents(file, trustStoreType(type), isBlank(password) ? null : password);
    }

    /** Checks the trust store type; blank means PKCS12. */
    public static void checkTrustStoreType(String type) {
        trustStoreType(type);
    }

    private static Region region(String field, String value) {
        try {
            return Region.of(value);
        } catch (IllegalArgumentException e) {
            // Region.of names the value "region '…'"; name the field instead (e.g. defaultRegion).
            throw new IllegalArgumentException(field + e.getMessage().substring("region".length()), e);
        }
    }

    private static int timeout(String field, int seconds) {
        if (seconds < 1 || seconds > MAX_TIMEOUT) {
            throw new IllegalArgumentException(field + " " + seconds + " is out of range: use 1 to " + MAX_TIMEOUT
                    + " seconds");
        }
        return seconds;
    }

    private static Path trustStore(String value) {
        Path path;
        try {
            path = Path.of(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("trustStorePath '" + value.strip() + "' is not a valid path", e);
        }
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("trustStorePath '" + path + "' is relative: give an absolute path on the "
                    + "Jenkins controller, e.g. /var/jenkins_home/ibm-cloud-truststore.p12");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("trustStorePath '" + path + "' is not a file on the Jenkins controller");
        }
        return path;
    }

    /**
     * Opens the store as core will (same type, same password), so that a wrong password, type or file is reported
     * with the field to fix, when the configuration is checked or a build starts, instead of as a TLS failure later.
     */
    private static void checkTrustStoreContents(Path file, String type, String password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance(type);
            store.load(in, password == null ? null : password.toCharArray());
        } catch (IOException e) {
            if (causedBy(e, UnrecoverableKeyException.class)) {
                throw new IllegalArgumentException("trustStorePassword does not open trustStorePath '" + file + "' ("
                        + type + "): check the password", e);
            }
            throw new IllegalArgumentException("trustStorePath '" + file + "' cannot be read as a " + type
                    + " trust store (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()) + "): check the file and trustStoreType", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStorePath '" + file + "' is not a usable " + type
                    + " trust store (" + e.getClass().getSimpleName() + ")", e);
        }
        int certificates = 0;
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) != null) { // a trusted certificate, or a key entry's own certificate
                    certificates++;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStorePath '" + file + "' cannot be listed (" + e.getClass()
                    .getSimpleName() + ")", e);
        }
        if (certificates == 0) {
            throw new IllegalArgumentException("trustStorePath '" + file + "' holds no certificate" + (password == null
                    ? " readable without a password: if the store has one, set trustStorePassword" : ""));
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String trustStoreType(String value) {
        String type = isBlank(value) ? "PKCS12" : value.strip().toUpperCase(Locale.ROOT);
        if (!type.equals("PKCS12") && !type.equals("JKS")) {
            throw new IllegalArgumentException("trustStoreType '" + value.strip() + "' is not supported: use PKCS12 or JKS");
        }
        return type;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String version() {
        String v = ConnectionSettings.class.getPackage().getImplementationVersion();
        return v == null || !v.matches("[\\x21-\\x7e]+") ? "dev" : v;
    }

    /** Builds {@link ConnectionSettings}; {@link #build()} validates every field and names the one that is wrong. */
    public static final class Builder {
        private String iamUrl;
        private String accountsUrl;
        private String schematicsUrl;
        private boolean privateEndpoints;
        private String defaultRegion;
        private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT;
        private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT;
        private String trustStorePath;
        private String trustStoreType;
        private String trustStorePassword;
        private ProxySettings proxy;

        private Builder() {
        }

        public Builder iamUrl(String value) {
            iamUrl = value;
            return this;
        }

        public Builder accountsUrl(String value) {
            accountsUrl = value;
            return this;
        }

        public Builder schematicsUrl(String value) {
            schematicsUrl = value;
            return this;
        }

        /** Starts from IBM Cloud's private endpoints instead of the public ones; explicit URLs still win. */
        public Builder privateEndpoints(boolean value) {
            privateEndpoints = value;
            return this;
        }

        public Builder defaultRegion(String value) {
            defaultRegion = value;
            return this;
        }

        public Builder connectTimeoutSeconds(int value) {
            connectTimeoutSeconds = value;
            return this;
        }

        public Builder readTimeoutSeconds(int value) {
            readTimeoutSeconds = value;
            return this;
        }

        /**
         * Sets the trust store used instead of the JVM's for HTTPS (a private CA in front of private endpoints).
         *
         * @param password the store password, or null; kept in memory only, never printed
         */
        public Builder trustStore(String path, String type, String password) {
            trustStorePath = path;
            trustStoreType = type;
            trustStorePassword = password;
            return this;
        }

        public Builder proxy(ProxySettings value) {
            proxy = value;
            return this;
        }

        /**
         * Returns the settings. A trust store is opened (not only looked for) with its type and password.
         *
         * @throws IllegalArgumentException naming the field ({@code iamUrl}, {@code defaultRegion},
         *     {@code connectTimeoutSeconds}, {@code trustStorePath}, {@code trustStorePassword}, …) and what would
         *     be valid
         */
        public ConnectionSettings build() {
            return new ConnectionSettings(this);
        }

        /**
         * Returns the settings for a build, or fails the build before any request with the message of
         * {@link #build()} after {@value ConnectionSettings#GLOBAL_CONFIGURATION}, which says where the field is.
         */
        public ConnectionSettings buildForBuild() throws StepFailure {
            try {
                return build();
            } catch (IllegalArgumentException e) {
                throw new StepFailure(GLOBAL_CONFIGURATION + e.getMessage(), e);
            }
        }
    }
}
