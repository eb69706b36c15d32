package io.github.schematicsci.core.internal;

import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/** Builds the one OkHttp client a set of {@link HttpOptions} describes. */
final class OkHttpClients {
    private OkHttpClients() {
    }

    static OkHttpClient create(HttpOptions options) {
        OkHttpClient.Builder builder = options.baseClient() == null
                ? new OkHttpClient.Builder()
                : options.baseClient().newBuilder();
        // Only pools and dispatcher are shared: a caller's interceptors could log headers, so none are kept.
        builder.interceptors().clear();
        builder.networkInterceptors().clear();
        builder.connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout())
                .callTimeout(options.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false);
        ProxySettings proxy = options.proxy();
        if (proxy != null) {
            builder.proxySelector(new SettingsProxySelector(proxy));
            if (proxy.username() != null) {
                String credential = Credentials.basic(proxy.username(), proxy.password() == null ? "" : proxy.password());
                builder.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                        ? null // the proxy refused these credentials already: do not loop
                        : response.request().newBuilder().header("Proxy-Authorization", credential).build());
            }
        }
        if (options.trustStore() != null) {
            X509TrustManager trustManager = trustManager(options);
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trustManager}, null);
                builder.sslSocketFactory(context.getSocketFactory(), trustManager);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot set up TLS with trustStore " + options.trustStore() + ": " + e, e);
            }
        }
        return builder.build();
    }

    private static X509TrustManager trustManager(HttpOptions options) {
        try (InputStream in = Files.newInputStream(options.trustStore())) {
            KeyStore store = KeyStore.getInstance(options.trustStoreType());
            char[] password = options.trustStorePassword() == null ? null : options.trustStorePassword().toCharArray();
            store.load(in, password);
            if (store.size() == 0) {
                // keytool encrypts PKCS12 certificates with the store password: without it the store looks empty.
                throw new IllegalArgumentException("trustStore " + options.trustStore() + " holds no certificate "
                        + (password == null ? "readable without a password: give the trust store's password"
                                : "(an empty " + options.trustStoreType() + " store): add the CA's certificate to it"));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalArgumentException("trustStore " + options.trustStore() + " yields no X.509 trust manager");
        } catch (IOException e) {
            throw new IllegalArgumentException("trustStore " + options.trustStore()
                    + " cannot be read as " + options.trustStoreType() + " (wrong path, type or password?): "
                    + e.getClass().getSimpleName(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStore " + options.trustStore() + " is not a usable "
                    + options.trustStoreType() + " trust store: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Sends everything through the configured proxy except the non-proxy hosts. */
    private static final class SettingsProxySelector extends ProxySelector {
        private final ProxySettings settings;
        private final Proxy proxy;

        SettingsProxySelector(ProxySettings settings) {
            this.settings = settings;
            this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(settings.host(), settings.port()));
        }

        @Override
        public List<Proxy> select(URI uri) {
            return uri.getHost() != null && settings.bypasses(uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // Nothing to remember: one proxy, and the call reports the failure.
        }
    }
}
