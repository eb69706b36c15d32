package io.jenkins.plugins.schematics.service;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code ibmCloudIamToken} binding puts into the environment: the token as a secret value (credentials-binding
 * masks it in the log) and the account id as a public value. Lives only in memory; {@link #toString()} shows
 * names, never the token.
 */
public final class BoundToken {
    private final Map<String, String> secretValues;
    private final Map<String, String> publicValues;
    private final Instant expiration;

    BoundToken(String tokenVariable, String token, String accountIdVariable, String accountId, Instant expiration) {
        Map<String, String> secret = new LinkedHashMap<>();
        secret.put(tokenVariable, token);
        Map<String, String> visible = new LinkedHashMap<>();
        visible.put(accountIdVariable, accountId);
        this.secretValues = Collections.unmodifiableMap(secret);
        this.publicValues = Collections.unmodifiableMap(visible);
        this.expiration = expiration;
    }

    /** Returns the variables whose values must be masked: the token's. */
    public Map<String, String> secretValues() {
        return secretValues;
    }

    /** Returns the variables safe to show: the account id's. */
    public Map<String, String> publicValues() {
        return publicValues;
    }

    /** Returns when the token expires. */
    public Instant expiration() {
        return expiration;
    }

    @Override
    public String toString() {
        return "BoundToken{secret=" + secretValues.keySet() + ", public=" + publicValues + ", expiration=" + expiration
                + "}";
    }
}
