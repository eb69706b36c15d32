package io.github.schematicsci.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HTTP proxy to reach IBM Cloud through, as configured in Maven's settings.xml or Jenkins' proxy page.
 *
 * <p>Immutable. {@link #toString()} never shows the proxy password.
 */
public final class ProxySettings {
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final List<String> nonProxyHosts;

    private ProxySettings(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.username = builder.username;
        this.password = builder.password;
        this.nonProxyHosts = List.copyOf(builder.nonProxyHosts);
    }

    /** Returns a builder for a proxy at {@code host:port}. */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Returns the proxy user name, or null when the proxy needs no authentication. */
    public String username() {
        return username;
    }

    /** Returns the proxy password; only the HTTP layer reads it, to answer a 407. */
    public String password() {
        return password;
    }

    /** Returns the host patterns reached directly ({@code *} matches any characters; case-insensitive). */
    public List<String> nonProxyHosts() {
        return nonProxyHosts;
    }

    /** Returns true when {@code hostname} matches one of {@link #nonProxyHosts()} and so bypasses the proxy. */
    public boolean bypasses(String hostname) {
        String candidate = hostname.toLowerCase(Locale.ROOT);
        for (String pattern : nonProxyHosts) {
            String regex = ("\\Q" + pattern.toLowerCase(Locale.ROOT) + "\\E").replace("*", "\\E.*\\Q");
            if (Pattern.matches(regex, candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ProxySettings{" + host + ":" + port
                + (username == null ? "" : ", user=" + username + ", password=" + (password == null ? "none" : "****"))
                + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts) + "}";
    }

    /** Builds {@link ProxySettings}; setters reject bad values at once, naming the parameter. */
    public static final class Builder {
        private final String host;
        private final int port;
        private String username;
        private String password;
        private final List<String> nonProxyHosts = new ArrayList<>();

        private Builder(String host, int port) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("proxy host is empty: give a host name or IP address");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("proxy port " + port + " is invalid: use 1 to 65535");
            }
            this.host = host.trim();
            this.port = port;
        }

        /** Sets the proxy credentials (both null for none). */
        public Builder credentials(String username, String password) {
            this.username = username == null || username.isEmpty() ? null : username;
            this.password = password;
            return this;
        }

        /**
         * Adds hosts to reach without the proxy. Accepts Maven's {@code |}-separated form, Jenkins' one-per-line
         * form and commas; blank entries are ignored.
         */
        public Builder nonProxyHosts(String patterns) {
            if (patterns != null) {
                for (String pattern : patterns.split("[|,\\s]+")) {
                    if (!pattern.isBlank()) {
                        nonProxyHosts.add(pattern.trim());
                    }
                }
            }
            return this;
        }

        public ProxySettings build() {
            Objects.requireNonNull(host, "host");
            return new ProxySettings(this);
        }
    }
}
