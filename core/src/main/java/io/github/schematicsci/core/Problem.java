package io.github.schematicsci.core;

/**
 * What kind of failure an {@link IbmCloudException} reports, so that callers (the build plugins) can tell a
 * problem the user can fix from one they can only retry or report.
 */
public enum Problem {
    /** The credential was refused: unknown API key, wrong password, used passcode, expired refresh token. */
    CREDENTIALS(true),
    /** The identity needs a login this client cannot do (MFA, federated IBMid). */
    LOGIN_NOT_SUPPORTED(true),
    /** The account cannot be chosen: not a member, several to choose from, or an API key asked to switch. */
    ACCOUNT(true),
    /** The workspace (or other object) does not exist where it was looked for. */
    NOT_FOUND(true),
    /** A name matched several objects. */
    AMBIGUOUS(true),
    /** The identity may not read the object. */
    ACCESS_DENIED(true),
    /** The service refused the request as malformed. */
    BAD_REQUEST(true),
    /** The service's rate limit was still exceeded after the allowed retries. */
    RATE_LIMITED(false),
    /** The service answered 5xx after the allowed retries. */
    SERVICE_UNAVAILABLE(false),
    /**
     * The server's certificate is not trusted, or does not name the host: configure a trust store holding its CA, or
     * use the host name the certificate was issued for.
     */
    CERTIFICATE(true),
    /** The connection failed, was reset or timed out after the allowed retries. */
    NETWORK(false),
    /** The calling thread was interrupted (a build abort); the thread's interrupt flag is set again. */
    INTERRUPTED(false),
    /** The response could not be understood: malformed or truncated JSON, HTML, wrong content type, redirect. */
    PROTOCOL(false);

    private final boolean userFixable;

    Problem(boolean userFixable) {
        this.userFixable = userFixable;
    }

    /** Returns true when changing the build's input (credential, id, name, account, region) can fix it. */
    public boolean isUserFixable() {
        return userFixable;
    }
}
