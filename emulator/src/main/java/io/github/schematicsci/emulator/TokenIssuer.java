package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Makes IAM token responses: a JWT-shaped access token with the claims IAM puts in real ones, and for the
 * {@code bx} client a real refresh token. Records both in the {@link TokenStore}.
 */
final class TokenIssuer {
  static final String BX_CLIENT = "bx";
  static final String DEFAULT_CLIENT = "default";
  static final String NOT_SUPPORTED = "not_supported";
  private static final String ISSUER = "https://iam.cloud.ibm.com/identity";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  /**
   * What to issue.
   *
   * @param account the account to scope the token to, or null for a token without {@code account}
   * @param sessionExpiresAt when the refresh token must expire (a refresh keeps the session's end), or null
   *     to start a new session
   * @param keyAccount the API key's account when the grant chain started with an API key, else null
   */
  record Grant(Identity identity, String account, String clientId, String grantType, Instant sessionExpiresAt,
      String keyAccount) {}

  private final EmulatorClock clock;
  private final Randomness random;
  private final Duration lifetime;
  private final Duration refreshLifetime;
  private final TokenStore store;
  private final String keyId;

  TokenIssuer(EmulatorClock clock, Randomness random, Duration lifetime, Duration refreshLifetime, TokenStore store) {
    this.clock = clock;
    this.random = random;
    this.lifetime = lifetime;
    this.refreshLifetime = refreshLifetime;
    this.store = store;
    this.keyId = Times.keyId(clock.instant());
  }

  /** Issues the tokens and returns the IAM response body. */
  ObjectNode issue(Grant grant) {
    Instant now = clock.instant();
    long iat = now.getEpochSecond();
    long exp = iat + lifetime.toSeconds();
    String accessToken = jwt(grant, iat, exp);
    store.putAccess(accessToken, new TokenStore.Access(grant.identity().iamId(), grant.account(), grant.clientId(),
        Instant.ofEpochSecond(exp)));

    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("access_token", accessToken);
    Instant refreshExpiresAt = null;
    if (grant.clientId().equals(BX_CLIENT)) {
      refreshExpiresAt = grant.sessionExpiresAt() != null
          ? grant.sessionExpiresAt() : Instant.ofEpochSecond(iat + refreshLifetime.toSeconds());
      String refreshToken = random.base64Url(192);
      store.putRefresh(refreshToken, new TokenStore.Refresh(grant.identity().iamId(), grant.account(),
          grant.clientId(), refreshExpiresAt, grant.keyAccount()));
      body.put("refresh_token", refreshToken);
    } else {
      body.put("refresh_token", NOT_SUPPORTED);
    }
    if (grant.identity().imsUserId() != null) {
      body.put("ims_user_id", grant.identity().imsUserId());
    }
    body.put("token_type", "Bearer");
    body.put("expires_in", lifetime.toSeconds());
    body.put("expiration", exp);
    if (refreshExpiresAt != null) {
      body.put("refresh_token_expiration", refreshExpiresAt.getEpochSecond());
    }
    body.put("scope", "ibm openid");
    return body;
  }

  private String jwt(Grant grant, long iat, long exp) {
    ObjectNode header = Json.MAPPER.createObjectNode();
    header.put("kid", keyId);
    header.put("alg", "RS256");
    return BASE64URL.encodeToString(Json.bytes(header)) + "." + BASE64URL.encodeToString(Json.bytes(claims(grant, iat, exp)))
        + "." + random.base64Url(256);
  }

  private ObjectNode claims(Grant grant, long iat, long exp) {
    Identity who = grant.identity();
    boolean user = who.kind() == Identity.Kind.USER;
    ObjectNode claims = Json.MAPPER.createObjectNode();
    claims.put("iam_id", who.iamId());
    claims.put("id", who.iamId());
    claims.put("realmid", user ? "IBMid" : "iam");
    claims.put("jti", random.uuid());
    String identifier = user ? strip(who.iamId(), "IBMid-") : strip(who.iamId(), "iam-");
    claims.put("identifier", identifier);
    if (user) {
      int space = who.name() == null ? -1 : who.name().indexOf(' ');
      if (space > 0) {
        claims.put("given_name", who.name().substring(0, space));
        claims.put("family_name", who.name().substring(space + 1));
      }
      claims.put("name", who.name());
      claims.put("email", who.email());
      claims.put("sub", who.email());
    } else {
      claims.put("name", who.name());
      claims.put("sub", identifier);
      claims.put("sub_type", "ServiceId");
      ObjectNode authn = claims.putObject("authn");
      authn.put("sub", identifier);
      authn.put("iam_id", who.iamId());
      authn.put("sub_type", "ServiceId");
      authn.put("name", who.name());
    }
    if (grant.account() != null) {
      ObjectNode account = claims.putObject("account");
      account.put("valid", true);
      account.put("bss", grant.account());
    }
    claims.put("iat", iat);
    claims.put("exp", exp);
    claims.put("iss", ISSUER);
    claims.put("grant_type", grant.grantType());
    claims.put("scope", "ibm openid");
    claims.put("client_id", grant.clientId());
    claims.put("acr", 1);
    claims.putArray("amr").add("pwd");
    return claims;
  }

  private static String strip(String value, String prefix) {
    return value.startsWith(prefix) ? value.substring(prefix.length()) : value;
  }
}
