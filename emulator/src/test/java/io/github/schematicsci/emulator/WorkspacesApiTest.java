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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspacesApiTest extends EmulatorTestSupport {
  private String token;

  @BeforeEach
  void login() {
    token = http.accessToken(DemoSeed.API_KEY);
  }

  @Test
  void listsTheAccountsWorkspacesOfOneRegionSortedByCreation() {
    HttpResponse<String> response = list("us-south", "");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(fieldNames(body)).containsExactly("offset", "limit", "count", "workspaces");
    assertThat(body.get("offset").asInt()).isEqualTo(0);
    assertThat(body.get("limit").asInt()).isEqualTo(100);
    assertThat(body.get("count").asInt()).isEqualTo(5);
    assertThat(ids(body)).containsExactly(DemoSeed.WS_NETWORK_BASE_US_SOUTH, "us-south.workspace.app-frontend.d09c5892",
        DemoSeed.WS_DATABASE_PRIMARY, DemoSeed.WS_LOCKED, "us-south.workspace.monitoring.603577aa");
    assertThat(body.get("workspaces").get(0).get("template_data").isArray()).isTrue();
  }

  @Test
  void geographyEndpointsListTheirLocations() {
    assertThat(json(list("us", "")).get("count").asInt()).isEqualTo(9);
    assertThat(json(list("eu", "")).get("count").asInt()).isEqualTo(5);
    assertThat(ids(json(list("eu", "")))).allMatch(id -> id.startsWith("eu-de.") || id.startsWith("eu-gb."));
    assertThat(json(list("ca-tor", "")).get("count").asInt()).isEqualTo(2);
    assertThat(json(list("ca-mon", "")).get("count").asInt()).isEqualTo(2);
    assertThat(json(list("eu-gb", "")).get("count").asInt()).isEqualTo(2);
    assertThat(json(list("us-east", "")).get("count").asInt()).isEqualTo(4);
  }

  @Test
  void pagesWithOffsetAndLimitAndCountsTheTotal() {
    List<String> all = ids(json(list("us", "")));
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 9; offset += 4) {
      JsonNode page = json(list("us", "?offset=" + offset + "&limit=4"));
      assertThat(page.get("count").asInt()).isEqualTo(9);
      assertThat(page.get("offset").asInt()).isEqualTo(offset);
      assertThat(page.get("limit").asInt()).isEqualTo(4);
      paged.addAll(ids(page));
    }

    assertThat(paged).isEqualTo(all);
    assertThat(ids(json(list("us", "?offset=100")))).isEmpty();
    assertThat(json(list("us", "?offset=100")).get("count").asInt()).isEqualTo(9);
  }

  @Test
  void limitMustBeFrom1To2000() {
    assertThat(list("us", "?limit=2000").statusCode()).isEqualTo(200);
    assertThat(list("us", "?limit=1").statusCode()).isEqualTo(200);
    for (String bad : new String[] {"0", "2001", "-5", "ten", "1.5"}) {
      HttpResponse<String> response = list("us", "?limit=" + bad);
      assertThat(response.statusCode()).as("limit=" + bad).isEqualTo(400);
      assertThat(json(response).get("messageid").asText()).isEqualTo("M1008");
      assertThat(json(response).get("message").asText()).contains("'limit'", "2000");
    }
    assertThat(json(list("us", "?offset=x")).get("messageid").asText()).isEqualTo("M1008");
  }

  @Test
  void negativeOffsetIsIgnored() {
    JsonNode body = json(list("us", "?offset=-3&limit=2"));

    assertThat(body.get("offset").asInt()).isEqualTo(0);
    assertThat(ids(body)).hasSize(2).startsWith(DemoSeed.WS_NETWORK_BASE_US_SOUTH);
  }

  @Test
  void profileIdsAndSummaryTrimTheWorkspaces() {
    JsonNode ids = json(list("us-south", "?profile=ids")).get("workspaces").get(0);
    assertThat(fieldNames(ids)).containsExactly("id");

    JsonNode summary = json(list("us-south", "?profile=summary")).get("workspaces").get(0);
    assertThat(fieldNames(summary)).containsExactly("id", "name", "location", "resource_group", "status", "updated_at");

    assertThat(list("us-south", "?profile=full").statusCode()).isEqualTo(400);
  }

  @Test
  void resourceGroupFiltersByNameOrId() {
    JsonNode byName = json(list("us", "?resource_group=shared-services"));
    assertThat(byName.get("count").asInt()).isEqualTo(4);

    JsonNode byId = json(list("us", "?resource_group=c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4"));
    assertThat(ids(byId)).isEqualTo(ids(byName));
    assertThat(json(list("us", "?resource_group=nope")).get("count").asInt()).isZero();
  }

  @Test
  void onlyTheTokensAccountIsListed() {
    String staging = http.accessToken(DemoSeed.API_KEY_ALICE_STAGING);

    JsonNode body = json(http.get(emu.schematicsUrl("us") + "/v1/workspaces", staging));

    assertThat(ids(body)).containsExactly("us-south.workspace.staging-app.d8954baf",
        "us-south.workspace.staging-db.524c8b8c", "us-east.workspace.staging-vpn.2a630e91");
  }

  @Test
  void getsAWorkspaceThroughItsRegionOrGeography() {
    HttpResponse<String> direct = get("us-south", DemoSeed.WS_DATABASE_PRIMARY, "");
    assertThat(direct.statusCode()).isEqualTo(200);
    assertThat(json(direct).get("name").asText()).isEqualTo("database-primary");
    assertThat(json(direct).get("created_at").asText()).matches(".*\\.\\d{9}Z");

    assertThat(get("us", DemoSeed.WS_DATABASE_PRIMARY, "").statusCode()).isEqualTo(200);
  }

  @Test
  void readingThroughTheWrongRegionIs404M1001() {
    for (String region : new String[] {"eu-de", "us-east", "eu", "ca-tor"}) {
      HttpResponse<String> response = get(region, DemoSeed.WS_DATABASE_PRIMARY, "");
      assertThat(response.statusCode()).as(region).isEqualTo(404);
      JsonNode body = json(response);
      assertThat(body.get("messageid").asText()).isEqualTo("M1001");
      assertThat(body.get("statuscode").asInt()).isEqualTo(404);
      assertThat(body.get("requestid").asText()).isEqualTo(response.headers().firstValue("Transaction-Id").orElseThrow());
      assertThat(body.get("timestamp").asText()).isEqualTo("2026-03-02T10:15:30.000000000Z");
    }
    assertThat(get("us-south", "us-south.workspace.nothing.12345678", "").statusCode()).isEqualTo(404);
  }

  @Test
  void malformedIdsAre403M1078() {
    for (String id : new String[] {"-bad", "has%20space", "semi;colon", "x".repeat(129), "%2Fslash"}) {
      HttpResponse<String> response = get("us-south", id, "");
      assertThat(response.statusCode()).as(id).isEqualTo(403);
      assertThat(json(response).get("messageid").asText()).isEqualTo("M1078");
    }
  }

  @Test
  void anotherAccountsWorkspaceIs403() {
    String staging = http.accessToken(DemoSeed.API_KEY_ALICE_STAGING);

    HttpResponse<String> response = http.get(emu.schematicsUrl("us-south") + "/v1/workspaces/"
        + DemoSeed.WS_DATABASE_PRIMARY, staging);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).get("messageid").asText()).isEqualTo("M9403");
  }

  @Test
  void aTokenWithoutAccountIs403() {
    String unscoped = field(http.token("grant_type", "password", "username", DemoSeed.ALICE,
        "password", DemoSeed.ALICE_PASSWORD), "access_token");

    HttpResponse<String> response = http.get(emu.schematicsUrl("us") + "/v1/workspaces", unscoped);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).get("message").asText()).contains("bss_account");
  }

  @Test
  void missingUnknownOrExpiredTokensAre401() {
    String url = emu.schematicsUrl("us-south") + "/v1/workspaces";
    assertThat(http.get(url, null).statusCode()).isEqualTo(401);
    assertThat(http.get(url, "a.b.c").statusCode()).isEqualTo(401);
    assertThat(json(http.get(url, "a.b.c")).get("messageid").asText()).isEqualTo("M9401");

    clock.advance(Duration.ofMinutes(59));
    assertThat(http.get(url, token).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(1));
    HttpResponse<String> expired = http.get(url, token);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(json(expired).get("message").asText()).contains("expired");
  }

  @Test
  void unknownRegionsAndPathsAre404M1074() {
    HttpResponse<String> region = http.get(emu.schematicsUrlTemplate().replace("{region}", "us-west") + "/v1/workspaces", token);
    assertThat(region.statusCode()).isEqualTo(404);
    assertThat(json(region).get("messageid").asText()).isEqualTo("M1074");
    assertThat(json(region).get("message").asText()).contains("us-west", "us-south");

    assertThat(http.get(emu.schematicsUrl("us-south") + "/v2/agents", token).statusCode()).isEqualTo(404);
    assertThat(http.get(emu.iamUrl() + "/nothing/here", token).statusCode()).isEqualTo(404);
    HttpResponse<String> iam = http.get(emu.iamUrl() + "/identity/passcode", null);
    assertThat(iam.statusCode()).isEqualTo(404);
    assertThat(json(iam).get("errorCode").asText()).isEqualTo("BXNIM0060E");
    assertThat(emu.requests().last().route()).isEqualTo(Route.UNKNOWN);
  }

  @Test
  void otherMethodsAre405() {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emu.schematicsUrl("us") + "/v1/workspaces"))
        .header("Authorization", "Bearer " + token).DELETE().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET");

    HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(emu.schematicsUrl("us") + "/v1/workspaces"))
        .header("Authorization", "Bearer " + token).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(405);
    assertThat(head.body()).isEmpty();
    assertThat(http.get(emu.schematicsUrl("us") + "/v1/workspaces", token).statusCode()).isEqualTo(200);
  }

  @Test
  void outputValuesHaveTheArrayShapeWithEveryJsonTypeAndASensitiveOne() {
    HttpResponse<String> response = get("us-south", DemoSeed.WS_DATABASE_PRIMARY, "/output_values");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.isArray()).isTrue();
    JsonNode template = body.get(0);
    String templateId = json(get("us-south", DemoSeed.WS_DATABASE_PRIMARY, "")).get("template_data").get(0).get("id").asText();
    assertThat(template.get("id").asText()).isEqualTo(templateId);
    JsonNode outputs = template.get("output_values").get(0);
    assertThat(outputs.get("db_host").get("value").isTextual()).isTrue();
    assertThat(outputs.get("db_port").get("value").isNumber()).isTrue();
    assertThat(outputs.get("db_ssl_required").get("value").isBoolean()).isTrue();
    assertThat(outputs.get("db_replica_hosts").get("value").isArray()).isTrue();
    assertThat(outputs.get("db_settings").get("value").isObject()).isTrue();
    assertThat(outputs.get("db_admin_password").get("sensitive").asBoolean()).isTrue();
    assertThat(outputs.get("db_host").get("sensitive").asBoolean()).isFalse();
  }

  @Test
  void outputValuesCheckRegionAndAccountLikeGet() {
    assertThat(get("eu-de", DemoSeed.WS_DATABASE_PRIMARY, "/output_values").statusCode()).isEqualTo(404);
    assertThat(json(get("eu-de", DemoSeed.WS_DRAFT, "/output_values"))).isEmpty();
    assertThat(get("us-south", "bad id", "/output_values").statusCode()).isEqualTo(403);
  }

  @Test
  void theDemoSeedHasLockedFrozenAndDuplicateNamedWorkspaces() {
    assertThat(json(get("us-south", DemoSeed.WS_LOCKED, "")).get("workspace_status").get("locked").asBoolean()).isTrue();
    assertThat(json(get("eu-de", DemoSeed.WS_FROZEN, "")).get("workspace_status").get("frozen").asBoolean()).isTrue();
    assertThat(json(get("eu-de", DemoSeed.WS_NETWORK_BASE_EU_DE, "")).get("name").asText())
        .isEqualTo(json(get("us-south", DemoSeed.WS_NETWORK_BASE_US_SOUTH, "")).get("name").asText());
    assertThat(json(get("us-east", DemoSeed.WS_RENAMED, "")).get("name").asText()).isEqualTo("dr-replica");
  }

  @Test
  void workspacesAddedOrRemovedAtRuntimeAreSeenAtOnce() {
    Seed.Workspace generated = Seed.Generator.workspaces(DemoSeed.ACCOUNT_ACME_PRODUCTION, "ca-tor", 1, 7).get(0);
    emu.state().addWorkspace(generated);
    assertThat(get("ca-tor", generated.id(), "").statusCode()).isEqualTo(200);

    assertThat(emu.state().removeWorkspace(generated.id())).isTrue();
    assertThat(get("ca-tor", generated.id(), "").statusCode()).isEqualTo(404);
  }

  @Test
  void pagesThroughThousandsOfGeneratedWorkspaces() throws Exception {
    Seed seed = Seed.demo().withWorkspaces(
        Seed.Generator.workspaces(DemoSeed.ACCOUNT_ACME_PRODUCTION, "us-east", 4500, 1));
    try (Emulator big = Emulator.builder().seed(seed).clock(clock).rateLimitPerMinute(0).start()) {
      TestHttp client = new TestHttp(big);
      String bigToken = client.accessToken(DemoSeed.API_KEY);
      List<String> ids = new ArrayList<>();
      int offset = 0;
      while (true) {
        JsonNode page = json(client.get(big.schematicsUrl("us-east") + "/v1/workspaces?profile=ids&limit=2000&offset="
            + offset, bigToken));
        assertThat(page.get("count").asInt()).isEqualTo(4504);
        ids.addAll(ids(page));
        offset += 2000;
        if (offset >= page.get("count").asInt()) {
          break;
        }
      }
      assertThat(ids).hasSize(4504).doesNotHaveDuplicates();
    }
  }

  private HttpResponse<String> list(String region, String query) {
    return http.get(emu.schematicsUrl(region) + "/v1/workspaces" + query, token);
  }

  private HttpResponse<String> get(String region, String id, String suffix) {
    return http.get(emu.schematicsUrl(region) + "/v1/workspaces/" + id.replace(" ", "%20") + suffix, token);
  }

  static List<String> ids(JsonNode listBody) {
    List<String> ids = new ArrayList<>();
    listBody.get("workspaces").forEach(w -> ids.add(w.get("id").asText()));
    return ids;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
