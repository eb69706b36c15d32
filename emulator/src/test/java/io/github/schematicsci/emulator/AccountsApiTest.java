package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.field;
import static io.github.schematicsci.emulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccountsApiTest extends EmulatorTestSupport {

  @Override
  Emulator.Builder configure(Emulator.Builder builder) {
    return builder.accountsPageSize(2);
  }

  @Test
  void listsTheAccountsOfTheTokensIdentityWithTheRealShape() {
    String token = http.accessToken(DemoSeed.API_KEY);

    HttpResponse<String> response = http.get(emu.accountsUrl() + "/coe/v2/accounts", token);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("total_results").asInt()).isEqualTo(2);
    assertThat(body.get("next_url").isNull()).isTrue();
    JsonNode first = body.get("resources").get(0);
    assertThat(first.get("metadata").get("guid").asText()).isEqualTo(DemoSeed.ACCOUNT_ACME_PRODUCTION);
    assertThat(first.get("metadata").get("url").asText()).isEqualTo("/coe/v2/accounts/" + DemoSeed.ACCOUNT_ACME_PRODUCTION);
    assertThat(first.get("metadata").get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(first.get("entity").get("name").asText()).isEqualTo("Acme Production");
    assertThat(first.get("entity").get("state").asText()).isEqualTo("ACTIVE");
    assertThat(first.get("entity").get("type").asText()).isEqualTo("PAYG");
    assertThat(body.get("resources").get(1).get("metadata").get("guid").asText()).isEqualTo(DemoSeed.ACCOUNT_ACME_STAGING);
  }

  @Test
  void pagesByARelativeNextUrlUntilNull() throws Exception {
    emu.state().addAccount(Seed.Account.of("00000000000000000000000000000001", "Extra One"));
    emu.state().addAccount(Seed.Account.of("00000000000000000000000000000002", "Extra Two"));
    emu.state().addAccount(Seed.Account.of("00000000000000000000000000000003", "Extra Three"));
    emu.state().addUser(Seed.User.of("IBMid-PAGER", "pager@example.com", "pw", "Page Er",
        DemoSeed.ACCOUNT_ACME_PRODUCTION, "00000000000000000000000000000001", "00000000000000000000000000000002",
        "00000000000000000000000000000003", DemoSeed.ACCOUNT_GLOBEX_SANDBOX));
    String token = field(http.token("grant_type", "password", "username", "pager@example.com", "password", "pw"),
        "access_token");

    List<String> guids = new ArrayList<>();
    List<String> nextUrls = new ArrayList<>();
    String url = "/coe/v2/accounts";
    while (url != null) {
      JsonNode page = json(http.get(new URI(emu.accountsUrl()).resolve(url).toString(), token));
      assertThat(page.get("total_results").asInt()).isEqualTo(5);
      assertThat(page.get("resources").size()).isLessThanOrEqualTo(2);
      page.get("resources").forEach(r -> guids.add(r.get("metadata").get("guid").asText()));
      url = page.get("next_url").isNull() ? null : page.get("next_url").asText();
      nextUrls.add(url);
    }

    assertThat(guids).containsExactly(DemoSeed.ACCOUNT_ACME_PRODUCTION, DemoSeed.ACCOUNT_GLOBEX_SANDBOX,
        "00000000000000000000000000000001", "00000000000000000000000000000002", "00000000000000000000000000000003");
    assertThat(nextUrls).hasSize(3).last().isNull();
    assertThat(nextUrls.get(0)).startsWith("/coe/v2/accounts?next_docid=");
  }

  @Test
  void aCursorThatWasNotIssuedIs400() {
    String token = http.accessToken(DemoSeed.API_KEY);

    HttpResponse<String> response = http.get(emu.accountsUrl() + "/coe/v2/accounts?next_docid=bogus", token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("messageid").asText()).isEqualTo("M9400");
  }

  @Test
  void serviceIdsSeeTheirOneAccount() {
    String token = http.accessToken(DemoSeed.API_KEY_SERVICE_ID);

    JsonNode body = json(http.get(emu.accountsUrl() + "/coe/v2/accounts", token));

    assertThat(body.get("total_results").asInt()).isEqualTo(1);
    assertThat(body.get("resources").get(0).get("metadata").get("guid").asText()).isEqualTo(DemoSeed.ACCOUNT_ACME_PRODUCTION);
  }

  @Test
  void tokensWithoutAccountListTheUsersAccountsToo() {
    String token = field(http.token("grant_type", "password", "username", DemoSeed.CAROL,
        "password", DemoSeed.CAROL_PASSWORD), "access_token");

    JsonNode body = json(http.get(emu.accountsUrl() + "/coe/v2/accounts", token));

    assertThat(body.get("total_results").asInt()).isEqualTo(2);
  }

  @Test
  void getsOneAccountOfTheUserAndNotOthers() {
    String token = http.accessToken(DemoSeed.API_KEY);

    JsonNode one = json(http.get(emu.accountsUrl() + "/coe/v2/accounts/" + DemoSeed.ACCOUNT_ACME_STAGING, token));
    assertThat(one.get("metadata").get("guid").asText()).isEqualTo(DemoSeed.ACCOUNT_ACME_STAGING);
    assertThat(one.get("entity").get("name").asText()).isEqualTo("Acme Staging");

    HttpResponse<String> other = http.get(emu.accountsUrl() + "/coe/v2/accounts/" + DemoSeed.ACCOUNT_GLOBEX_SANDBOX, token);
    assertThat(other.statusCode()).isEqualTo(404);
  }

  @Test
  void missingMalformedUnknownOrExpiredTokensAre401() {
    String url = emu.accountsUrl() + "/coe/v2/accounts";
    String token = http.accessToken(DemoSeed.API_KEY);

    assertUnauthorized(http.get(url, null), "missing");
    assertUnauthorized(http.get(url, "not-a-jwt"), "malformed");
    assertUnauthorized(http.get(url, token + "x"), "not valid");
    assertUnauthorized(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic Yng6Yng=").build()),
        "not a bearer token");

    assertThat(http.get(url, token).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofHours(1));
    assertUnauthorized(http.get(url, token), "expired");
  }

  @Test
  void theSchemeIsCaseInsensitiveAsInIbmsDocs() {
    String token = http.accessToken(DemoSeed.API_KEY);

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emu.accountsUrl() + "/coe/v2/accounts"))
        .header("Authorization", "bearer " + token).build());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void accountsAreNotRateLimited() throws Exception {
    try (Emulator limited = Emulator.builder().clock(clock).rateLimitPerMinute(1).start()) {
      TestHttp client = new TestHttp(limited);
      String token = client.accessToken(DemoSeed.API_KEY);

      assertThat(IntStream.range(0, 3).map(i -> client.get(limited.accountsUrl() + "/coe/v2/accounts", token).statusCode()))
          .containsOnly(200);
    }
  }

  private static void assertUnauthorized(HttpResponse<String> response, String reason) {
    assertThat(response.statusCode()).isEqualTo(401);
    JsonNode body = json(response);
    assertThat(body.get("messageid").asText()).isEqualTo("M9401");
    assertThat(body.get("statuscode").asInt()).isEqualTo(401);
    assertThat(body.get("message").asText()).contains(reason);
  }
}
