package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.APIKEY_GRANT;
import static io.github.schematicsci.emulator.TestHttp.BX_BX;
import static io.github.schematicsci.emulator.TestHttp.PASSCODE_GRANT;
import static io.github.schematicsci.emulator.TestHttp.claims;
import static io.github.schematicsci.emulator.TestHttp.field;
import static io.github.schematicsci.emulator.TestHttp.form;
import static io.github.schematicsci.emulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenEndpointTest extends EmulatorTestSupport {
  private static final String PROD = DemoSeed.ACCOUNT_ACME_PRODUCTION;
  private static final String STAGING = DemoSeed.ACCOUNT_ACME_STAGING;
  private static final String GLOBEX = DemoSeed.ACCOUNT_GLOBEX_SANDBOX;

  // ---- API key grant

  @Test
  void apiKeyGrantWithBxClientReturnsTheFullTokenResponse() {
    HttpResponse<String> response = http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Transaction-Id")).isPresent();
    JsonNode body = json(response);
    long now = START.getEpochSecond();
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
    assertThat(body.get("expiration").asLong()).isEqualTo(now + 3600);
    assertThat(body.get("refresh_token").asText()).isNotEqualTo("not_supported").hasSizeGreaterThan(100);
    assertThat(body.get("refresh_token_expiration").asLong()).isEqualTo(now + Duration.ofDays(30).toSeconds());
    assertThat(body.get("scope").asText()).isEqualTo("ibm openid");
    assertThat(body.get("ims_user_id").asLong()).isEqualTo(7560901);
  }

  @Test
  void accessTokenIsAJwtWithTheClaimsIamPutsInUserTokens() {
    String token = http.accessToken(DemoSeed.API_KEY);

    JsonNode header = TestHttp.header(token);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("kid").asText()).isEqualTo("202603021015");
    JsonNode claims = claims(token);
    assertThat(claims.get("iam_id").asText()).isEqualTo(DemoSeed.ALICE_IAM_ID);
    assertThat(claims.get("id").asText()).isEqualTo(DemoSeed.ALICE_IAM_ID);
    assertThat(claims.get("realmid").asText()).isEqualTo("IBMid");
    assertThat(claims.get("identifier").asText()).isEqualTo("6650003ALI");
    assertThat(claims.get("jti").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(claims.get("name").asText()).isEqualTo("Alice Anders");
    assertThat(claims.get("given_name").asText()).isEqualTo("Alice");
    assertThat(claims.get("family_name").asText()).isEqualTo("Anders");
    assertThat(claims.get("email").asText()).isEqualTo(DemoSeed.ALICE);
    assertThat(claims.get("sub").asText()).isEqualTo(DemoSeed.ALICE);
    assertThat(claims.has("sub_type")).isFalse();
    assertThat(claims.get("account").get("bss").asText()).isEqualTo(PROD);
    assertThat(claims.get("account").get("valid").asBoolean()).isTrue();
    assertThat(claims.get("iat").asLong()).isEqualTo(START.getEpochSecond());
    assertThat(claims.get("exp").asLong()).isEqualTo(START.getEpochSecond() + 3600);
    assertThat(claims.get("iss").asText()).isEqualTo("https://iam.cloud.ibm.com/identity");
    assertThat(claims.get("grant_type").asText()).isEqualTo(APIKEY_GRANT);
    assertThat(claims.get("scope").asText()).isEqualTo("ibm openid");
    assertThat(claims.get("client_id").asText()).isEqualTo("bx");
    assertThat(claims.get("acr").asInt()).isEqualTo(1);
    assertThat(claims.get("amr").get(0).asText()).isEqualTo("pwd");
  }

  @Test
  void serviceIdTokensCarryServiceIdClaims() {
    HttpResponse<String> response = http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY_SERVICE_ID);

    JsonNode claims = claims(field(response, "access_token"));
    assertThat(claims.get("realmid").asText()).isEqualTo("iam");
    assertThat(claims.get("iam_id").asText()).isEqualTo(DemoSeed.SERVICE_ID_IAM_ID);
    assertThat(claims.get("sub_type").asText()).isEqualTo("ServiceId");
    assertThat(claims.get("sub").asText()).isEqualTo("ServiceId-8d3e6b1a-5c2f-4e7d-9a0b-1c2d3e4f5a6b");
    assertThat(claims.get("authn").get("iam_id").asText()).isEqualTo(DemoSeed.SERVICE_ID_IAM_ID);
    assertThat(claims.get("name").asText()).isEqualTo("ci-pipeline");
    assertThat(claims.has("email")).isFalse();
    assertThat(claims.get("account").get("bss").asText()).isEqualTo(PROD);
    assertThat(json(response).has("ims_user_id")).isFalse();
  }

  @Test
  void everyIssueGivesDifferentTokens() {
    String first = http.accessToken(DemoSeed.API_KEY);
    String second = http.accessToken(DemoSeed.API_KEY);

    assertThat(first).isNotEqualTo(second);
    assertThat(claims(first).get("jti")).isNotEqualTo(claims(second).get("jti"));
  }

  @Test
  void withoutBasicAuthTheDefaultClientGetsNoRefreshToken() {
    HttpResponse<String> response = http.post("/identity/token", null,
        form("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "response_type", "cloud_iam"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("refresh_token").asText()).isEqualTo("not_supported");
    assertThat(body.has("refresh_token_expiration")).isFalse();
    assertThat(claims(body.get("access_token").asText()).get("client_id").asText()).isEqualTo("default");
  }

  @Test
  void tokenLifetimeIsConfigurable() throws Exception {
    try (Emulator shortLived = Emulator.builder().clock(clock).tokenLifetime(Duration.ofSeconds(90)).start()) {
      JsonNode body = json(new TestHttp(shortLived).token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY));
      assertThat(body.get("expires_in").asLong()).isEqualTo(90);
      assertThat(body.get("expiration").asLong()).isEqualTo(START.getEpochSecond() + 90);
      assertThat(claims(body.get("access_token").asText()).get("exp").asLong()).isEqualTo(START.getEpochSecond() + 90);
    }
  }

  @Test
  void unknownApiKeyIs400Bxnim0415eWithTheIamErrorShape() {
    HttpResponse<String> response = http.token("grant_type", APIKEY_GRANT, "apikey", "no-such-key");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("errorCode").asText()).isEqualTo("BXNIM0415E");
    assertThat(body.get("errorMessage").asText()).isEqualTo("Provided API key could not be found.");
    JsonNode context = body.get("context");
    assertThat(context.get("requestId").asText()).isEqualTo(response.headers().firstValue("Transaction-Id").orElseThrow());
    assertThat(context.get("requestType").asText()).isEqualTo("incoming.Identity_Token");
    assertThat(context.get("url").asText()).isEqualTo(emu.iamUrl());
    assertThat(context.get("startTime").asText()).isEqualTo("02.03.2026 10:15:30:000 UTC");
    assertThat(context.get("elapsedTime").isTextual()).isTrue();
  }

  @Test
  void deletedApiKeyIs400Bxnim0415e() {
    assertThat(emu.state().removeApiKey(DemoSeed.API_KEY)).isTrue();

    HttpResponse<String> response = http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);

    assertThat(errorCode(response)).isEqualTo("400 BXNIM0415E");
  }

  @Test
  void missingFieldsAre400Bxnim0109eNamingTheField() {
    assertMissing(http.token("apikey", DemoSeed.API_KEY), "grant_type");
    assertMissing(http.token("grant_type", APIKEY_GRANT), "apikey");
    assertMissing(http.token("grant_type", APIKEY_GRANT, "apikey", ""), "apikey");
    assertMissing(http.token("grant_type", "password", "password", "x"), "username");
    assertMissing(http.token("grant_type", "password", "username", DemoSeed.ALICE), "password");
    assertMissing(http.token("grant_type", PASSCODE_GRANT), "passcode");
    assertMissing(http.token("grant_type", "refresh_token"), "refresh_token");
  }

  @Test
  void aJsonBodyIsNotAFormSoTheGrantTypeIsMissing() {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emu.iamUrl() + "/identity/token"))
        .header("Content-Type", "application/json").header("Authorization", BX_BX)
        .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"" + APIKEY_GRANT + "\"}")).build());

    assertMissing(response, "grant_type");
  }

  @Test
  void unsupportedGrantTypeIs400() {
    HttpResponse<String> response = http.token("grant_type", "client_credentials");

    assertThat(errorCode(response)).isEqualTo("400 BXNIM9001E");
    assertThat(json(response).get("errorDetails").asText()).contains("'client_credentials'", APIKEY_GRANT);
  }

  @Test
  void responseTypeMustContainCloudIam() {
    assertThat(errorCode(http.post("/identity/token", BX_BX,
        form("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "response_type", "uaa"))))
        .isEqualTo("400 BXNIM0106E");
    assertThat(http.post("/identity/token", BX_BX,
        form("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "response_type", "cloud_iam,ims_portal"))
        .statusCode()).isEqualTo(200);
    assertThat(http.post("/identity/token", BX_BX, form("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void clientCredentialsOtherThanBxBxAre401() {
    String wrong = "Basic " + Base64.getEncoder().encodeToString("bx:wrong".getBytes());
    assertThat(errorCode(http.post("/identity/token", wrong, form("grant_type", APIKEY_GRANT, "apikey",
        DemoSeed.API_KEY)))).isEqualTo("401 BXNIM9002E");
    assertThat(errorCode(http.post("/identity/token", "Bearer abc", form("grant_type", APIKEY_GRANT, "apikey",
        DemoSeed.API_KEY)))).isEqualTo("401 BXNIM9002E");
    assertThat(errorCode(http.post("/identity/token", "Basic %%%", form("grant_type", APIKEY_GRANT, "apikey",
        DemoSeed.API_KEY)))).isEqualTo("401 BXNIM9002E");
  }

  @Test
  void otherMethodsThanPostAre405() {
    HttpResponse<String> response = http.get(emu.iamUrl() + "/identity/token", null);

    assertThat(errorCode(response)).isEqualTo("405 BXNIM0060E");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void apiKeyGrantAcceptsItsOwnAccountAndRefusesAnother() {
    assertThat(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "bss_account", PROD).statusCode())
        .isEqualTo(200);
    assertThat(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "account", PROD).statusCode())
        .isEqualTo(200);

    HttpResponse<String> other = http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "bss_account", STAGING);
    assertThat(errorCode(other)).isEqualTo("400 BXNIM0141E");
    assertThat(json(other).get("errorDetails").asText()).contains(PROD, STAGING);
    assertThat(errorCode(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "account", STAGING)))
        .isEqualTo("400 BXNIM0141E");
  }

  // ---- password grant

  @Test
  void passwordGrantWithoutAccountGivesATokenWithoutAccountClaim() {
    HttpResponse<String> response = http.token("grant_type", "password", "username", DemoSeed.ALICE,
        "password", DemoSeed.ALICE_PASSWORD);

    JsonNode claims = claims(field(response, "access_token"));
    assertThat(claims.has("account")).isFalse();
    assertThat(claims.get("grant_type").asText()).isEqualTo("password");
    assertThat(claims.get("iam_id").asText()).isEqualTo(DemoSeed.ALICE_IAM_ID);
  }

  @Test
  void passwordGrantWithAnAccountOfTheUserIsScopedToIt() {
    for (String field : new String[] {"bss_account", "account"}) {
      HttpResponse<String> response = http.token("grant_type", "password", "username", DemoSeed.ALICE,
          "password", DemoSeed.ALICE_PASSWORD, field, STAGING);

      assertThat(claims(field(response, "access_token")).get("account").get("bss").asText()).isEqualTo(STAGING);
    }
  }

  @Test
  void passwordGrantForAnAccountTheUserIsNotInIs400Bxnim0141e() {
    HttpResponse<String> response = http.token("grant_type", "password", "username", DemoSeed.ALICE,
        "password", DemoSeed.ALICE_PASSWORD, "bss_account", GLOBEX);

    assertThat(errorCode(response)).isEqualTo("400 BXNIM0141E");
    assertThat(errorCode(http.token("grant_type", "password", "username", DemoSeed.ALICE,
        "password", DemoSeed.ALICE_PASSWORD, "bss_account", "not-an-account"))).isEqualTo("400 BXNIM0141E");
  }

  @Test
  void usernamesAreCaseInsensitive() {
    assertThat(http.token("grant_type", "password", "username", "Alice@Example.COM",
        "password", DemoSeed.ALICE_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordOrUnknownUserIs401Bxnim0602e() {
    HttpResponse<String> wrong = http.token("grant_type", "password", "username", DemoSeed.ALICE, "password", "nope");
    assertThat(errorCode(wrong)).isEqualTo("401 BXNIM0602E");
    assertThat(json(wrong).get("errorDetails").asText()).contains(DemoSeed.ALICE);

    assertThat(errorCode(http.token("grant_type", "password", "username", "nobody@example.com", "password", "x")))
        .isEqualTo("401 BXNIM0602E");
  }

  @Test
  void passwordGrantWithoutBasicAuthIs401Bxnim0308e() {
    HttpResponse<String> response = http.post("/identity/token", null,
        form("grant_type", "password", "username", DemoSeed.ALICE, "password", DemoSeed.ALICE_PASSWORD));

    assertThat(errorCode(response)).isEqualTo("401 BXNIM0308E");
  }

  @Test
  void userWithMfaGets400Bxnim0400eWithRequirements() {
    HttpResponse<String> response = http.token("grant_type", "password", "username", DemoSeed.BOB,
        "password", DemoSeed.BOB_PASSWORD);

    assertThat(errorCode(response)).isEqualTo("400 BXNIM0400E");
    assertThat(json(response).get("requirements").get("code").asText()).isEqualTo("MFA");
    assertThat(json(response).get("requirements").get("error").asText()).isNotBlank();
    assertThat(errorCode(http.token("grant_type", "password", "username", DemoSeed.BOB, "password", "wrong")))
        .as("the password is checked before MFA").isEqualTo("401 BXNIM0602E");
  }

  // ---- passcode grant

  @Test
  void passcodeWorksOnceThenIs400() {
    String passcode = DemoSeed.BOB_PASSCODES.get(0);
    HttpResponse<String> first = http.token("grant_type", PASSCODE_GRANT, "passcode", passcode);

    JsonNode claims = claims(field(first, "access_token"));
    assertThat(claims.get("iam_id").asText()).isEqualTo(DemoSeed.BOB_IAM_ID);
    assertThat(claims.get("grant_type").asText()).isEqualTo(PASSCODE_GRANT);
    assertThat(claims.has("account")).isFalse();

    HttpResponse<String> second = http.token("grant_type", PASSCODE_GRANT, "passcode", passcode);
    assertThat(errorCode(second)).isEqualTo("400 BXNIM9003E");
  }

  @Test
  void unknownPasscodeIs400() {
    assertThat(errorCode(http.token("grant_type", PASSCODE_GRANT, "passcode", "XXXXXXXXXX"))).isEqualTo("400 BXNIM9003E");
  }

  @Test
  void passcodeRefusedForAnotherAccountIsNotConsumed() {
    String passcode = DemoSeed.BOB_PASSCODES.get(1);
    assertThat(errorCode(http.token("grant_type", PASSCODE_GRANT, "passcode", passcode, "bss_account", GLOBEX)))
        .isEqualTo("400 BXNIM0141E");

    HttpResponse<String> retry = http.token("grant_type", PASSCODE_GRANT, "passcode", passcode, "bss_account", PROD);

    assertThat(claims(field(retry, "access_token")).get("account").get("bss").asText()).isEqualTo(PROD);
  }

  @Test
  void passcodeAddedAtRuntimeWorks() {
    emu.state().addPasscode(DemoSeed.CAROL, "Fresh12345");

    assertThat(http.token("grant_type", PASSCODE_GRANT, "passcode", "Fresh12345").statusCode()).isEqualTo(200);
    assertThat(emu.seedSecrets()).contains("Fresh12345");
  }

  // ---- refresh grant

  @Test
  void refreshGivesANewTokenWithTheSameAccount() {
    JsonNode first = json(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY));
    clock.advance(Duration.ofMinutes(50));

    HttpResponse<String> refreshed = http.token("grant_type", "refresh_token",
        "refresh_token", first.get("refresh_token").asText());

    JsonNode body = json(refreshed);
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(body.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());
    JsonNode claims = claims(body.get("access_token").asText());
    assertThat(claims.get("account").get("bss").asText()).isEqualTo(PROD);
    assertThat(claims.get("iat").asLong()).isEqualTo(START.plus(Duration.ofMinutes(50)).getEpochSecond());
    assertThat(claims.get("grant_type").asText()).isEqualTo("refresh_token");
    assertThat(body.get("refresh_token_expiration").asLong())
        .as("a refresh does not extend the session").isEqualTo(first.get("refresh_token_expiration").asLong());
  }

  @Test
  void refreshWithAnAccountScopesAPasswordTokenToIt() {
    JsonNode login = json(http.token("grant_type", "password", "username", DemoSeed.ALICE,
        "password", DemoSeed.ALICE_PASSWORD));

    HttpResponse<String> scoped = http.token("grant_type", "refresh_token",
        "refresh_token", login.get("refresh_token").asText(), "bss_account", STAGING);

    assertThat(claims(field(scoped, "access_token")).get("account").get("bss").asText()).isEqualTo(STAGING);
    assertThat(errorCode(http.token("grant_type", "refresh_token", "refresh_token",
        login.get("refresh_token").asText(), "bss_account", GLOBEX))).isEqualTo("400 BXNIM0141E");
  }

  @Test
  void refreshCannotMoveAnApiKeyTokenToAnotherAccount() {
    String refresh = field(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY), "refresh_token");

    assertThat(errorCode(http.token("grant_type", "refresh_token", "refresh_token", refresh, "bss_account", STAGING)))
        .isEqualTo("400 BXNIM0141E");
  }

  @Test
  void refreshWithAnotherClientIs400Bxnim0137e() {
    String refresh = field(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY), "refresh_token");

    HttpResponse<String> response = http.post("/identity/token", null,
        form("grant_type", "refresh_token", "refresh_token", refresh));

    assertThat(errorCode(response)).isEqualTo("400 BXNIM0137E");
    assertThat(json(response).get("errorDetails").asText())
        .isEqualTo("For the original authentication, client id 'bx' was passed, refresh the token, client id 'default' is used.");
  }

  @Test
  void defaultClientRefreshTokenNotSupportedIs400Bxnim0407e() {
    assertThat(errorCode(http.token("grant_type", "refresh_token", "refresh_token", "not_supported")))
        .isEqualTo("400 BXNIM0407E");
    assertThat(errorCode(http.post("/identity/token", null,
        form("grant_type", "refresh_token", "refresh_token", "not_supported")))).isEqualTo("400 BXNIM0407E");
  }

  @Test
  void unknownRefreshTokenIs400Bxnim0407e() {
    assertThat(errorCode(http.token("grant_type", "refresh_token", "refresh_token", "made-up"))).isEqualTo("400 BXNIM0407E");
  }

  @Test
  void refreshTokenExpiresWithTheSession() {
    String refresh = field(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY), "refresh_token");

    clock.advance(Duration.ofDays(30).minusSeconds(1));
    assertThat(http.token("grant_type", "refresh_token", "refresh_token", refresh).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(1));
    assertThat(errorCode(http.token("grant_type", "refresh_token", "refresh_token", refresh))).isEqualTo("400 BXNIM0408E");
  }

  @Test
  void refreshTokenLifetimeIsConfigurable() throws Exception {
    try (Emulator emulator = Emulator.builder().clock(clock).refreshTokenLifetime(Duration.ofHours(2)).start()) {
      TestHttp client = new TestHttp(emulator);
      JsonNode body = json(client.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY));
      assertThat(body.get("refresh_token_expiration").asLong()).isEqualTo(START.getEpochSecond() + 7200);

      clock.advance(Duration.ofHours(2));
      assertThat(errorCode(client.token("grant_type", "refresh_token", "refresh_token",
          body.get("refresh_token").asText()))).isEqualTo("400 BXNIM0408E");
    }
  }

  @Test
  void refreshForARemovedUserIs400Bxnim0407e() {
    String refresh = field(http.token("grant_type", "password", "username", DemoSeed.ALICE,
        "password", DemoSeed.ALICE_PASSWORD), "refresh_token");
    assertThat(emu.state().removeUser(DemoSeed.ALICE)).isTrue();

    assertThat(errorCode(http.token("grant_type", "refresh_token", "refresh_token", refresh))).isEqualTo("400 BXNIM0407E");
    assertThat(errorCode(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY)))
        .as("the user's keys went with the user").isEqualTo("400 BXNIM0415E");
  }

  @Test
  void issuedTokensListsEveryAccessAndRefreshToken() {
    JsonNode body = json(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY));

    assertThat(emu.issuedTokens()).containsExactlyInAnyOrder(body.get("access_token").asText(),
        body.get("refresh_token").asText());
  }

  private static void assertMissing(HttpResponse<String> response, String field) {
    assertThat(errorCode(response)).isEqualTo("400 BXNIM0109E");
    assertThat(json(response).get("errorMessage").asText()).isEqualTo("Property missing or empty.");
    assertThat(json(response).get("errorDetails").asText()).isEqualTo("Property '" + field + "' either missing or empty.");
  }

  static String errorCode(HttpResponse<String> response) {
    return response.statusCode() + " " + json(response).path("errorCode").asText();
  }
}
