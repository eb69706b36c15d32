package io.github.schematicsci.core.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.internal.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of an IAM access token that core uses, decoded from the JWT payload without checking the signature
 * (the token is only passed on to IBM, which checks it). Every claim is optional.
 */
public final class TokenClaims {
    static final TokenClaims NONE = new TokenClaims(null, null, null, null, null, null, null, null);

    private final String accountId;
    private final String imsAccountId;
    private final String iamId;
    private final String subject;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final String clientId;
    private final String grantType;

    TokenClaims(String accountId, String imsAccountId, String iamId, String subject, Instant issuedAt,
            Instant expiresAt, String clientId, String grantType) {
        this.accountId = accountId;
        this.imsAccountId = imsAccountId;
        this.iamId = iamId;
        this.subject = subject;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.clientId = clientId;
        this.grantType = grantType;
    }

    /**
     * Returns the claims of {@code jwt}, or {@link #NONE}-like empty claims when it is not a readable JWT (IAM's
     * tokens always are; a broken one is reported when a service rejects it).
     */
    static TokenClaims decode(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return NONE;
        }
        try {
            JsonNode payload = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (payload == null || !payload.isObject()) {
                return NONE;
            }
            JsonNode account = payload.path("account");
            return new TokenClaims(text(account.path("bss")), text(account.path("ims")), text(payload.path("iam_id")),
                    text(payload.path("sub")), epoch(payload.path("iat")), epoch(payload.path("exp")),
                    text(payload.path("client_id")), text(payload.path("grant_type")));
        } catch (IOException | IllegalArgumentException e) {
            return NONE;
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static Instant epoch(JsonNode node) {
        return node.canConvertToLong() ? Instant.ofEpochSecond(node.asLong()) : null;
    }

    /** Returns {@code account.bss}: the 32-hex account id the token is scoped to. */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** Returns {@code account.ims}: the linked classic infrastructure account. */
    public Optional<String> imsAccountId() {
        return Optional.ofNullable(imsAccountId);
    }

    /** Returns {@code iam_id}, e.g. {@code IBMid-…} or {@code iam-ServiceId-…}. */
    public Optional<String> iamId() {
        return Optional.ofNullable(iamId);
    }

    /** Returns {@code sub}: the user's e-mail or the service id. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** Returns {@code iat}. */
    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    /** Returns {@code exp}. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Returns {@code client_id}: {@code bx} for tokens core requests, {@code default} without Basic auth. */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** Returns {@code grant_type}, the grant the token came from. */
    public Optional<String> grantType() {
        return Optional.ofNullable(grantType);
    }

    @Override
    public String toString() {
        return "TokenClaims{account=" + accountId + ", iamId=" + iamId + ", sub=" + subject + ", iat=" + issuedAt
                + ", exp=" + expiresAt + ", clientId=" + clientId + "}";
    }
}
