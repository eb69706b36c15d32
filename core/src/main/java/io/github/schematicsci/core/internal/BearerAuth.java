package io.github.schematicsci.core.internal;

/** Supplies the bearer token for a GET, and a fresh one when the service answers 401. */
public interface BearerAuth {
    /** Returns the access token to send. */
    String token();

    /**
     * Returns a token to retry with after {@code rejected} got a 401: a new one, unless the current token is already
     * newer than {@code rejected}.
     */
    String renew(String rejected);
}
