package io.github.schematicsci.maven;

import io.github.schematicsci.core.http.ProxySettings;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Maps Maven's active settings.xml {@code <proxy>} to core's {@link ProxySettings}, the way Maven picks a proxy for
 * its own downloads: only active proxies count; the first one whose protocol is the endpoint's protocol wins, and
 * for {@code https} an {@code http} proxy is the fallback. {@code nonProxyHosts} and the (decrypted) credentials go
 * with it. Maven does not apply its proxies to the JVM, so the plugin passes them on explicitly.
 */
final class SettingsProxies {
    private final Settings settings;
    private final SettingsDecrypter decrypter;
    private final Log log;

    SettingsProxies(Settings settings, SettingsDecrypter decrypter, Log log) {
        this.settings = settings;
        this.decrypter = decrypter;
        this.log = log;
    }

    /**
     * Returns the proxy for endpoints with the URL scheme {@code protocol}, or null to connect directly.
     *
     * @throws MojoFailureException when the chosen proxy's host, port or password is unusable
     */
    ProxySettings forUrl(String protocol) throws MojoFailureException {
        Proxy proxy = select(settings, protocol);
        if (proxy == null) {
            return null;
        }
        String password = proxy.getPassword();
        if (password != null && !password.isEmpty()) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoFailureException(SettingsServers.decryptionMessage(
                            "the password of settings.xml proxy '" + proxy.getId() + "'", problem, password),
                            problem.getException());
                }
            }
            password = result.getProxy().getPassword();
        }
        try {
            ProxySettings settings = ProxySettings.builder(proxy.getHost(), proxy.getPort())
                    .credentials(proxy.getUsername(), password)
                    .nonProxyHosts(proxy.getNonProxyHosts())
                    .build();
            log.info("Proxy: settings.xml proxy '" + proxy.getId() + "' " + settings);
            return settings;
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("settings.xml proxy '" + proxy.getId() + "': " + e.getMessage(), e);
        }
    }

    /** Returns the proxy Maven would use for {@code protocol}, or null. */
    static Proxy select(Settings settings, String protocol) {
        if (settings == null || settings.getProxies() == null) {
            return null;
        }
        String wanted = protocol.toLowerCase(Locale.ROOT);
        Proxy fallback = null;
        for (Proxy proxy : settings.getProxies()) {
            if (!proxy.isActive()) {
                continue;
            }
            String type = proxy.getProtocol() == null ? "http" : proxy.getProtocol().toLowerCase(Locale.ROOT);
            if (type.equals(wanted)) {
                return proxy;
            }
            if (fallback == null && wanted.equals("https") && type.equals("http")) {
                fallback = proxy;
            }
        }
        return fallback;
    }
}
