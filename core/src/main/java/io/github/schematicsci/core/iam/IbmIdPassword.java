package io.github.schematicsci.core.iam;

import okhttp3.FormBody;

/**
 * An IBMid user name and password (IAM's {@code password} grant). Works only for IBMids without multi-factor or
 * federated login; those need an API key or a one-time passcode.
 */
public final class IbmIdPassword extends Credential {
    private final String username;
    private final String password;

    private IbmIdPassword(String username, String password) {
        super("password", username + '\n' + password);
        this.username = username;
        this.password = password;
    }

    /**
     * Returns the IBMid credential.
     *
     * @throws IllegalArgumentException naming {@code username} or {@code password} when one is empty or malformed;
     *     the password is never echoed
     */
    public static IbmIdPassword of(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is empty: give the IBMid (usually an e-mail address)");
        }
        String user = username.strip();
        if (user.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("username '" + user.replaceAll("\\p{Cntrl}", "?")
                    + "' contains whitespace or control characters: give the IBMid (usually an e-mail address)");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password is empty: give the IBMid password for " + user);
        }
        if (password.indexOf('\n') >= 0 || password.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("password contains a line break: give the IBMid password for " + user
                    + " (was it read from a file with a trailing newline?)");
        }
        return new IbmIdPassword(user, password);
    }

    /** Returns the IBMid user name (not secret). */
    public String username() {
        return username;
    }

    @Override
    public Kind kind() {
        return Kind.PASSWORD;
    }

    @Override
    String grantType() {
        return "password";
    }

    @Override
    void addGrantFields(FormBody.Builder form) {
        form.add("username", username);
        form.add("password", password);
    }

    @Override
    String[] secrets() {
        return new String[] {password};
    }

    @Override
    public String toString() {
        return "IbmIdPassword[username=" + username + ", fingerprint=" + fingerprint() + "]";
    }
}
