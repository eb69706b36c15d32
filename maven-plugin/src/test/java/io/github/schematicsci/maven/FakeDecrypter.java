package io.github.schematicsci.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Decrypts "{enc:X}" to "X" like Maven's decrypter (cloning, never throwing); "{broken}" yields an ERROR problem
 * and the value unchanged. Records which servers and proxies it was asked about.
 */
final class FakeDecrypter implements SettingsDecrypter {
    final List<String> asked = new ArrayList<>();

    @Override
    public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
        List<SettingsProblem> problems = new ArrayList<>();
        List<Server> servers = new ArrayList<>();
        for (Server server : request.getServers()) {
            asked.add("server " + server.getId());
            Server copy = server.clone();
            copy.setPassword(decrypt(server.getPassword(), "server " + server.getId(), problems));
            servers.add(copy);
        }
        List<Proxy> proxies = new ArrayList<>();
        for (Proxy proxy : request.getProxies()) {
            asked.add("proxy " + proxy.getId());
            Proxy copy = proxy.clone();
            copy.setPassword(decrypt(proxy.getPassword(), "proxy " + proxy.getId(), problems));
            proxies.add(copy);
        }
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return servers.isEmpty() ? null : servers.get(0);
            }

            @Override
            public List<Server> getServers() {
                return servers;
            }

            @Override
            public Proxy getProxy() {
                return proxies.isEmpty() ? null : proxies.get(0);
            }

            @Override
            public List<Proxy> getProxies() {
                return proxies;
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problems;
            }
        };
    }

    private static String decrypt(String value, String what, List<SettingsProblem> problems) {
        if (value != null && value.startsWith("{enc:") && value.endsWith("}")) {
            return value.substring(5, value.length() - 1);
        }
        if (value != null && value.startsWith("{broken")) {
            problems.add(new DefaultSettingsProblem("Failed to decrypt password for " + what
                    + ": Illegal base64 in " + value, SettingsProblem.Severity.ERROR, "settings.xml", -1, -1,
                    new IllegalStateException("bad padding")));
        }
        return value;
    }
}
