package io.github.schematicsci.core.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.account.AccountIds;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.internal.HttpCaller;
import io.github.schematicsci.core.internal.Json;
import io.github.schematicsci.core.internal.MissingFieldException;
import io.github.schematicsci.core.internal.Urls;
import java.time.Instant;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Requests IAM access tokens: {@code POST {iam}/identity/token}, form-encoded, exactly as IBM's Schematics API guide
 * shows it: {@code Authorization: Basic Yng6Yng=} (bx:bx), {@code response_type=cloud_iam uaa},
 * {@code uaa_client_id=cf}, an empty {@code uaa_client_secret}, the grant's fields, and {@code bss_account} when
 * an account is asked for.
 *
 * <p>Immutable and thread-safe. Most callers want a {@link TokenManager}, which caches and renews tokens; this
 * class makes one request per call.
 */
public final class IamClient {
    /** {@code bx:bx}, the client IBM's CLI and Schematics guide use; it yields real refresh tokens. */
    static final String BASIC_BX = "Basic Yng6Yng=";

    private final HttpUrl endpoint;
    private final HttpUrl tokenUrl;
    private final HttpCaller http;

    private IamClient(Builder builder) {
        this.endpoint = builder.endpoint;
        this.tokenUrl = builder.endpoint.newBuilder().addPathSegments("identity/token").build();
        this.http = builder.http != null ? builder.http : new HttpCaller(builder.options);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns the IAM base URL. */
    public HttpUrl endpoint() {
        return endpoint;
    }

    HttpCaller http() {
        return http;
    }

    /**
     * Exchanges {@code credential} for a token, scoped to {@code accountId} when given ({@code bss_account}).
     *
     * @param accountId a 32-hex account id, or null for the credential's default (an API key's own account)
     * @throws IamException when IAM refuses or cannot be reached
     * @throws IllegalArgumentException when {@code accountId} is not a 32-hex id (before any request)
     * @throws IllegalStateException when {@code credential} is a passcode that was already sent
     */
    public IamToken requestToken(Credential credential, String accountId) {
        Objects.requireNonNull(credential, "credential");
        String account = accountId == null ? null : AccountIds.require("accountId", accountId);
        if (credential instanceof Passcode passcode && passcode.isUsed()) {
            throw new IamException(Problem.CREDENTIALS, "the one-time passcode " + passcode.fingerprint()
                    + " was already sent to IAM and cannot be used twice: get a new one with 'ibmcloud login --sso'",
                    0, null, null, null, null);
        }
        FormBody.Builder form = new FormBody.Builder().add("grant_type", credential.grantType());
        credential.addGrantFields(form);
        return post(form, account, new IamErrors(credential.kind(), credential.secrets()));
    }

    /**
     * Exchanges a refresh token for a new token (grant {@code refresh_token}), scoped to {@code accountId} when
     * given.
     *
     * @param origin the kind of credential the refresh token came from, so that errors give the right advice
     */
    public IamToken refresh(String refreshToken, String accountId, Credential.Kind origin) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        String account = accountId == null ? null : AccountIds.require("accountId", accountId);
        FormBody.Builder form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken);
        return post(form, account, new IamErrors(origin, refreshToken));
    }

    private IamToken post(FormBody.Builder form, String accountId, IamErrors errors) {
        form.add("response_type", "cloud_iam uaa")
                .add("uaa_client_id", "cf")
                .add("uaa_client_secret", "");
        if (accountId != null) {
            form.add("bss_account", accountId);
        }
        Headers headers = new Headers.Builder().add("Authorization", BASIC_BX).build();
        return http.post(tokenUrl, form.build(), headers, errors, body -> parse(Json.MAPPER.readTree(body)));
    }

    private IamToken parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new MissingFieldException("access_token");
        }
        String accessToken = json.path("access_token").asText("");
        if (accessToken.isBlank()) {
            throw new MissingFieldException("access_token");
        }
        String refreshToken = json.path("refresh_token").asText("");
        if (refreshToken.isBlank() || refreshToken.equals("not_supported")) {
            refreshToken = null;
        }
        TokenClaims claims = TokenClaims.decode(accessToken);
        Instant expiration = json.path("expiration").canConvertToLong()
                ? Instant.ofEpochSecond(json.path("expiration").asLong())
                : claims.expiresAt().orElse(null);
        long expiresIn;
        if (json.path("expires_in").canConvertToLong()) {
            expiresIn = json.path("expires_in").asLong();
        } else if (expiration != null && claims.issuedAt().isPresent()) {
            expiresIn = expiration.getEpochSecond() - claims.issuedAt().get().getEpochSecond();
        } else {
            throw new MissingFieldException("expires_in");
        }
        if (expiration == null) {
            expiration = http.options().clock().instant().plusSeconds(expiresIn);
        }
        Instant refreshExpiration = json.path("refresh_token_expiration").canConvertToLong()
                ? Instant.ofEpochSecond(json.path("refresh_token_expiration").asLong())
                : null;
        JsonNode ims = json.path("ims_user_id");
        return new IamToken(accessToken, claims, refreshToken, json.path("token_type").asText("Bearer"), expiresIn,
                expiration, refreshExpiration, json.hasNonNull("scope") ? json.path("scope").asText() : null,
                ims.canConvertToLong() ? ims.asLong() : null);
    }

    @Override
    public String toString() {
        return "IamClient{" + endpoint + "}";
    }

    /** Builds an {@link IamClient}. */
    public static final class Builder {
        private HttpUrl endpoint = HttpUrl.get(Endpoints.PUBLIC_IAM);
        private HttpOptions options = HttpOptions.DEFAULTS;
        private HttpCaller http;

        private Builder() {
        }

        /** Sets the IAM base URL (default {@code https://iam.cloud.ibm.com}); HTTPS unless loopback. */
        public Builder endpoint(String url) {
            this.endpoint = Endpoints.builder().iam(url).build().iam();
            return this;
        }

        /** Takes the IAM base URL from {@code endpoints}. */
        public Builder endpoints(Endpoints endpoints) {
            this.endpoint = endpoints.iam();
            return this;
        }

        public Builder httpOptions(HttpOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            this.http = null;
            return this;
        }

        /** Shares an HTTP caller (and so its OkHttp client) with the other clients of one session. */
        public Builder http(HttpCaller caller) {
            this.http = Objects.requireNonNull(caller, "caller");
            return this;
        }

        public IamClient build() {
            Urls.requireEndpoint("iamUrl", endpoint.toString());
            return new IamClient(this);
        }
    }
}
