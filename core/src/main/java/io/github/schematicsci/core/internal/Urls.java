package io.github.schematicsci.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Parses and checks the endpoint URLs a user configures. Internal: not part of the API. */
public final class Urls {
    private Urls() {
    }

    /**
     * Returns {@code url} parsed, requiring HTTPS except to a loopback host, no user info, no query and no fragment.
     *
     * @param parameter the setting's name, used in the error message
     * @throws IllegalArgumentException naming {@code parameter} and what would be valid
     */
    public static HttpUrl requireEndpoint(String parameter, String url) {
        String example = switch (parameter) {
            case "accountsUrl" -> "https://accounts.cloud.ibm.com";
            case "schematicsUrl" -> "https://{region}.schematics.cloud.ibm.com";
            default -> "https://iam.cloud.ibm.com";
        };
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(parameter + " is empty: give an https:// URL such as " + example);
        }
        String trimmed = url.strip();
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw new IllegalArgumentException(parameter + " '" + redact(trimmed)
                    + "' is not an http(s) URL: give one such as " + example);
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException(parameter + " '" + parsed.redact()
                    + "' contains user info: remove it (credentials never go in endpoint URLs)");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new IllegalArgumentException(parameter + " '" + parsed.redact()
                    + "' has a query or fragment: give the base URL only");
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException(parameter + " '" + parsed.redact()
                    + "' uses http:// to a non-loopback host: use https:// (plain http is allowed only to localhost, e.g. the emulator)");
        }
        return parsed;
    }

    /** Returns true for localhost and the loopback addresses, without a DNS lookup for other names. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.matches("[0-9.]+") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /** Removes everything between "://" and "@" so that a URL with credentials can be named in a message. */
    private static String redact(String url) {
        return url.replaceAll("(?<=://)[^/@]*@", "****@");
    }
}
