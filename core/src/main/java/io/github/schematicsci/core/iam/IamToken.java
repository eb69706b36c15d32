package io.github.schematicsci.core.iam;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An IAM access token and what came with it. Immutable.
 *
 * <p>{@link #toString()} shows a fingerprint, the account and the expiry, never the token. A token counts as
 * valid until 10 s before its {@link #expiration()} and is due for renewal after 80 % of its lifetime, as IBM's SDKs
 * do.
 */
public final class IamToken {
    /** A token is treated as expired this long before its expiration, to cover clock skew and transit time. */
    public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    private final String accessToken;
    private final String refreshToken;
    private final String tokenType;
    private final long expiresIn;
    private final Instant expiration;
    private final Instant refreshTokenExpiration;
    private final String scope;
    private final Long imsUserId;
    private final TokenClaims claims;
    private final Instant validUntil;
    private final Instant renewAt;

    IamToken(String accessToken, TokenClaims claims, String refreshToken, String tokenType, long expiresIn,
            Instant expiration, Instant refreshTokenExpiration, String scope, Long imsUserId) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.tokenType = tokenType;
        this.expiresIn = expiresIn;
        this.expiration = expiration;
        this.refreshTokenExpiration = refreshTokenExpiration;
        this.scope = scope;
        this.imsUserId = imsUserId;
        this.claims = claims;
        this.validUntil = expiration.minus(EXPIRY_MARGIN);
        this.renewAt = expiration.minus(Duration.ofSeconds(expiresIn).dividedBy(5));
    }

    /** Returns the access token to send as {@code Authorization: Bearer}. A secret: never log it. */
    public String accessToken() {
        return accessToken;
    }

    /**
     * Returns the refresh token, or empty when IAM issued none ({@code "not_supported"} for the default client). A
     * secret: never log it.
     */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /** Returns {@code token_type}, normally {@code Bearer}. */
    public String tokenType() {
        return tokenType;
    }

    /** Returns the lifetime IAM granted ({@code expires_in}). */
    public Duration lifetime() {
        return Duration.ofSeconds(expiresIn);
    }

    /** Returns when the token expires ({@code expiration}). */
    public Instant expiration() {
        return expiration;
    }

    /** Returns when the refresh token expires ({@code refresh_token_expiration}), if IAM said. */
    public Optional<Instant> refreshTokenExpiration() {
        return Optional.ofNullable(refreshTokenExpiration);
    }

    /** Returns {@code scope}, e.g. {@code ibm openid}. */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /** Returns {@code ims_user_id}, present for users linked to classic infrastructure. */
    public OptionalLong imsUserId() {
        return imsUserId == null ? OptionalLong.empty() : OptionalLong.of(imsUserId);
    }

    /** Returns the decoded JWT claims. */
    public TokenClaims claims() {
        return claims;
    }

    /** Returns the account the token is scoped to ({@code account.bss}), if any. */
    public Optional<String> accountId() {
        return claims.accountId();
    }

    /** Returns true while {@code now} is more than {@link #EXPIRY_MARGIN} before the expiration. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(validUntil);
    }

    /** Returns the moment 80 % of the lifetime has passed, after which the token should be renewed. */
    public Instant renewAt() {
        return renewAt;
    }

    /** Returns the last 4 hex digits of the token's SHA-256: enough to tell tokens apart in a log. */
    public String fingerprint() {
        String hash = Credential.sha256(accessToken);
        return hash.substring(hash.length() - 4);
    }

    @Override
    public String toString() {
        return "IamToken{fingerprint=" + fingerprint() + ", account=" + claims.accountId().orElse("none")
                + ", expiration=" + expiration + ", refreshToken=" + (refreshToken == null ? "none" : "present") + "}";
    }
}
