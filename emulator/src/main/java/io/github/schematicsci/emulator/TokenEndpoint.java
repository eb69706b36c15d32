package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** IAM {@code POST /identity/token}: the API-key, password, passcode and refresh-token grants. */
final class TokenEndpoint {
  static final String APIKEY_GRANT = "urn:ibm:params:oauth:grant-type:apikey";
  static final String PASSWORD_GRANT = "password";
  static final String PASSCODE_GRANT = "urn:ibm:params:oauth:grant-type:passcode";
  static final String REFRESH_GRANT = "refresh_token";

  private final EmulatorState state;
  private final TokenIssuer issuer;
  private final TokenStore store;
  private final EmulatorClock clock;
  private final ErrorBodies errors;

  TokenEndpoint(EmulatorState state, TokenIssuer issuer, TokenStore store, EmulatorClock clock, ErrorBodies errors) {
    this.state = state;
    this.issuer = issuer;
    this.store = store;
    this.clock = clock;
    this.errors = errors;
  }

  Response handle(IncomingRequest request) {
    if (!request.method().equals("POST")) {
      return errors.iam(405, "BXNIM0060E",
          "Web application exception 'javax.ws.rs.ClientErrorException' during request processing.",
          "HTTP 405 Method Not Allowed", request).withHeader("Allow", "POST");
    }
    Map<String, String> form = request.form();
    String grantType = form.get("grant_type");
    if (isBlank(grantType)) {
      return missing("grant_type", request);
    }
    String client = clientId(request.header("authorization"));
    if (client == null) {
      return errors.iam(401, "BXNIM9002E", "Client authentication failed.",
          "Send 'Authorization: Basic Yng6Yng=' (client bx:bx) or no Authorization header at all.", request);
    }
    String responseType = form.get("response_type");
    if (responseType != null && !hasCloudIam(responseType)) {
      return errors.iam(400, "BXNIM0106E", "Validation of property 'response_type' failed.",
          "Validation of property 'response_type' with value '" + responseType + "' failed. Valid values: 'cloud_iam'",
          request);
    }
    String account = !isBlank(form.get("account")) ? form.get("account") : blankToNull(form.get("bss_account"));
    SeedIndex index = state.index();
    return switch (grantType) {
      case APIKEY_GRANT -> apiKey(form, client, account, index, request);
      case PASSWORD_GRANT -> password(form, client, account, index, request);
      case PASSCODE_GRANT -> passcode(form, client, account, index, request);
      case REFRESH_GRANT -> refresh(form, client, account, index, request);
      default -> errors.iam(400, "BXNIM9001E", "Unsupported grant type.",
          "Grant type '" + grantType + "' is not supported. Valid values: '" + APIKEY_GRANT + "', '" + PASSWORD_GRANT
              + "', '" + PASSCODE_GRANT + "', '" + REFRESH_GRANT + "'", request);
    };
  }

  private Response apiKey(Map<String, String> form, String client, String account, SeedIndex index,
      IncomingRequest request) {
    String apikey = form.get("apikey");
    if (isBlank(apikey)) {
      return missing("apikey", request);
    }
    Seed.ApiKey key = index.apiKey(apikey);
    if (key == null) {
      return errors.iam(400, "BXNIM0415E", "Provided API key could not be found.", null, request);
    }
    if (account != null && !account.equals(key.account())) {
      return notMember("The API key belongs to account " + key.account() + "; it cannot get a token for account "
          + account + ".", request);
    }
    Identity who = index.identity(key.iamId());
    return issue(new TokenIssuer.Grant(who, key.account(), client, APIKEY_GRANT, null, key.account()));
  }

  private Response password(Map<String, String> form, String client, String account, SeedIndex index,
      IncomingRequest request) {
    if (client.equals(TokenIssuer.DEFAULT_CLIENT)) {
      return errors.iam(401, "BXNIM0308E", "No authorization header found.",
          "The password grant needs 'Authorization: Basic Yng6Yng=' (client bx:bx).", request);
    }
    String username = form.get("username");
    String password = form.get("password");
    if (isBlank(username)) {
      return missing("username", request);
    }
    if (isBlank(password)) {
      return missing("password", request);
    }
    Seed.User user = index.userByUsername(username);
    if (user == null || user.password() == null || !user.password().equals(password)) {
      return errors.iam(401, "BXNIM0602E", "The credentials you provided are incorrect.",
          "The credentials you entered for the user '" + username + "' are incorrect.", request);
    }
    if (user.mfaRequired()) {
      ObjectNode body = errors.iamBody("BXNIM0400E", "External authentication is required.",
          "The user '" + user.username() + "' must use multi-factor authentication: log in with a one-time passcode"
              + " (ibmcloud login --sso) or use an API key.", request);
      ObjectNode requirements = body.putObject("requirements");
      requirements.put("code", "MFA");
      requirements.put("error", "Multi-factor authentication is required for this user.");
      return Response.json(400, body);
    }
    Identity who = index.identity(user.iamId());
    Response problem = membership(who, account, request);
    return problem != null ? problem : issue(new TokenIssuer.Grant(who, account, client, PASSWORD_GRANT, null, null));
  }

  private Response passcode(Map<String, String> form, String client, String account, SeedIndex index,
      IncomingRequest request) {
    String passcode = form.get("passcode");
    if (isBlank(passcode)) {
      return missing("passcode", request);
    }
    Seed.User user = index.passcodeOwner(passcode);
    if (user == null || state.isPasscodeUsed(passcode)) {
      return invalidPasscode(request);
    }
    Identity who = index.identity(user.iamId());
    Response problem = membership(who, account, request);
    if (problem != null) {
      return problem;
    }
    if (!state.consumePasscode(passcode)) {
      return invalidPasscode(request);
    }
    return issue(new TokenIssuer.Grant(who, account, client, PASSCODE_GRANT, null, null));
  }

  private Response refresh(Map<String, String> form, String client, String account, SeedIndex index,
      IncomingRequest request) {
    String token = form.get("refresh_token");
    if (isBlank(token)) {
      return missing("refresh_token", request);
    }
    if (token.equals(TokenIssuer.NOT_SUPPORTED)) {
      return errors.iam(400, "BXNIM0407E", "Provided refresh token is invalid.",
          "Tokens issued without client credentials have no refresh token ('not_supported'); repeat the original"
              + " grant instead.", request);
    }
    TokenStore.Refresh session = store.refresh(token);
    if (session == null) {
      return errors.iam(400, "BXNIM0407E", "Provided refresh token is invalid.", null, request);
    }
    if (!session.clientId().equals(client)) {
      return errors.iam(400, "BXNIM0137E", "Client id mismatch.",
          "For the original authentication, client id '" + session.clientId() + "' was passed, refresh the token,"
              + " client id '" + client + "' is used.", request);
    }
    Instant now = clock.instant();
    if (!now.isBefore(session.expiresAt())) {
      return errors.iam(400, "BXNIM0408E", "Provided refresh token is expired.", null, request);
    }
    Identity who = index.identity(session.iamId());
    if (who == null) {
      return errors.iam(400, "BXNIM0407E", "Provided refresh token is invalid.",
          "The identity the token was issued to no longer exists.", request);
    }
    String target = account != null ? account : session.account();
    if (session.keyAccount() != null && target != null && !target.equals(session.keyAccount())) {
      return notMember("The token comes from an API key of account " + session.keyAccount()
          + "; it cannot be moved to account " + target + ".", request);
    }
    Response problem = membership(who, target, request);
    return problem != null ? problem
        : issue(new TokenIssuer.Grant(who, target, client, REFRESH_GRANT, session.expiresAt(), session.keyAccount()));
  }

  private Response issue(TokenIssuer.Grant grant) {
    return Response.json(200, issuer.issue(grant));
  }

  /** Null when {@code account} is null or the identity is a member; else the 400 answer. */
  private Response membership(Identity who, String account, IncomingRequest request) {
    if (account == null || who.isMemberOf(account)) {
      return null;
    }
    return notMember("'" + who.iamId() + "' is not a member of account '" + account + "'.", request);
  }

  private Response notMember(String details, IncomingRequest request) {
    return errors.iam(400, "BXNIM0141E", "User is not member of the specified account.", details, request);
  }

  private Response invalidPasscode(IncomingRequest request) {
    return errors.iam(400, "BXNIM9003E", "Provided passcode is invalid or was already used.",
        "A one-time passcode works once; get a new one (ibmcloud login --sso).", request);
  }

  private Response missing(String field, IncomingRequest request) {
    return errors.iam(400, "BXNIM0109E", "Property missing or empty.",
        "Property '" + field + "' either missing or empty.", request);
  }

  /**
   * Returns {@code "bx"} for Basic bx:bx, {@code "default"} for no Authorization header, null for anything else.
   */
  static String clientId(String authorization) {
    if (authorization == null) {
      return TokenIssuer.DEFAULT_CLIENT;
    }
    String credentials = basicCredentials(authorization);
    return "bx:bx".equals(credentials) ? TokenIssuer.BX_CLIENT : null;
  }

  /** Decodes {@code Basic <base64>} to {@code id:secret}, or returns null. */
  static String basicCredentials(String authorization) {
    String trimmed = authorization.trim();
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(trimmed.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static boolean hasCloudIam(String responseType) {
    for (String type : responseType.split("[\\s,]+")) {
      if (type.equals("cloud_iam")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value;
  }
}
