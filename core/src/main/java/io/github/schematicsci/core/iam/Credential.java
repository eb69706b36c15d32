package io.github.schematicsci.core.iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import okhttp3.FormBody;

/**
 * A secret that IAM exchanges for an access token: an {@link ApiKey}, an {@link IbmIdPassword}, a one-time
 * {@link Passcode} or a {@link RefreshToken}.
 *
 * <p>Values are immutable and never print their secret: {@link #toString()} shows the kind and a
 * {@link #fingerprint()} (the last 4 hex digits of a SHA-256), which is also what logs and error messages name.
 * They are deliberately not {@link java.io.Serializable}.
 */
public abstract sealed class Credential permits ApiKey, IbmIdPassword, Passcode, RefreshToken {
    private final String identityHash;

    Credential(String kind, String identity) {
        this.identityHash = sha256(kind + '\n' + identity);
    }

    /**
     * Returns the credential a username/password pair stands for, as both build plugins read it (settings.xml
     * servers, Jenkins "Username with password"): no username, or the username {@code apikey} or {@code iamapikey}
     * (any case), means the password is an API key; any other username is an IBMid with its password.
     *
     * @throws IllegalArgumentException when the password is missing or malformed, naming what is wrong
     */
    public static Credential fromUsernameAndPassword(String username, String password) {
        if (username == null || username.isBlank() || isApiKeyUser(username)) {
            return ApiKey.of(password);
        }
        return IbmIdPassword.of(username, password);
    }

    /** Returns true for the user names that mark the password as an API key: {@code apikey}, {@code iamapikey}. */
    public static boolean isApiKeyUser(String username) {
        String u = username.strip().toLowerCase(Locale.ROOT);
        return u.equals("apikey") || u.equals("iamapikey");
    }

    /** Returns what kind of credential this is. */
    public abstract Kind kind();

    /** Returns a short, stable fingerprint: the last 4 hex digits of a SHA-256 of the secret. Safe to print. */
    public final String fingerprint() {
        return identityHash.substring(identityHash.length() - 4);
    }

    /** Returns the full SHA-256 identifying this secret, used as a cache key; never printed. */
    final String identityHash() {
        return identityHash;
    }

    /** Returns the IAM {@code grant_type} this credential is sent with. */
    abstract String grantType();

    /** Adds the grant's secret fields to the token request form. */
    abstract void addGrantFields(FormBody.Builder form);

    /** Returns every secret this credential holds, so that messages can be scrubbed of them. */
    abstract String[] secrets();

    @Override
    public final boolean equals(Object other) {
        return other instanceof Credential c && MessageDigest.isEqual(
                identityHash.getBytes(StandardCharsets.US_ASCII), c.identityHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public final int hashCode() {
        return identityHash.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[fingerprint=" + fingerprint() + "]";
    }

    /** The kinds of credential, with the name used in messages. */
    public enum Kind {
        API_KEY("API key"),
        PASSWORD("IBMid password"),
        PASSCODE("one-time passcode"),
        REFRESH_TOKEN("refresh token");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Returns the kind as a user reads it, e.g. {@code API key}. */
        public String label() {
            return label;
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Checks a secret's shape without ever echoing it.
     *
     * @param parameter the parameter's name, as the user knows it
     * @param what what would be valid, for the message
     */
    static String requireSecret(String parameter, String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(parameter + " is empty: " + what);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(parameter + " is blank (only whitespace): " + what);
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(parameter + " contains a line break: " + what
                    + " (was it read from a file with a trailing newline?)");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(parameter + " has leading or trailing whitespace: " + what
                    + " (copy it without spaces)");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(parameter + " contains a control character at position " + (i + 1)
                        + ": " + what);
            }
        }
        return value;
    }
}
