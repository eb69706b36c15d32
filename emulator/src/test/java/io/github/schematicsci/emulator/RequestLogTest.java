package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.APIKEY_GRANT;
import static io.github.schematicsci.emulator.TestHttp.BX_BX;
import static io.github.schematicsci.emulator.TestHttp.PASSCODE_GRANT;
import static io.github.schematicsci.emulator.TestHttp.field;
import static io.github.schematicsci.emulator.TestHttp.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RequestLogTest extends EmulatorTestSupport {

  @Test
  void recordsATokenRequestWithoutItsSecrets() {
    http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY, "bss_account", DemoSeed.ACCOUNT_ACME_PRODUCTION);

    RecordedRequest request = emu.requests().last();
    assertThat(request.sequence()).isEqualTo(1);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/identity/token");
    assertThat(request.route()).isEqualTo(Route.TOKEN);
    assertThat(request.region()).isNull();
    assertThat(request.status()).isEqualTo(200);
    assertThat(request.fault()).isNull();
    assertThat(request.grantType()).isEqualTo(APIKEY_GRANT);
    assertThat(request.basicClientId()).isEqualTo("bx");
    assertThat(request.formFieldNames()).containsExactlyInAnyOrder("response_type", "uaa_client_id",
        "uaa_client_secret", "grant_type", "apikey", "bss_account");
    assertThat(request.formValue("response_type")).isEqualTo("cloud_iam uaa");
    assertThat(request.formValue("uaa_client_id")).isEqualTo("cf");
    assertThat(request.formValue("uaa_client_secret")).isEmpty();
    assertThat(request.formValue("bss_account")).isEqualTo(DemoSeed.ACCOUNT_ACME_PRODUCTION);
    assertThat(request.formValue("account")).isNull();
    assertThat(request.formValue("apikey")).isNull();
    assertThat(request.headers().get("authorization")).containsExactly("Basic \u2588\u2588");
    assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.userAgent()).startsWith("Java-http-client");
  }

  @Test
  void recordsASchematicsRequestWithRegionQueryAndRedactedBearer() {
    String token = http.accessToken(DemoSeed.API_KEY);
    http.get(emu.schematicsUrl("eu") + "/v1/workspaces?limit=5&profile=ids", token);

    RecordedRequest request = emu.requests().last();
    assertThat(request.route()).isEqualTo(Route.WORKSPACES_LIST);
    assertThat(request.region()).isEqualTo("eu");
    assertThat(request.path()).isEqualTo("/schematics/eu/v1/workspaces");
    assertThat(request.query()).containsEntry("limit", "5").containsEntry("profile", "ids");
    assertThat(request.header("authorization")).isEqualTo("Bearer \u2588\u2588");
    assertThat(request.grantType()).isNull();
    assertThat(request.basicClientId()).isNull();
    assertThat(request.formFieldNames()).isEmpty();
  }

  @Test
  void routesEveryOperation() {
    String token = http.accessToken(DemoSeed.API_KEY);
    http.get(emu.accountsUrl() + "/coe/v2/accounts", token);
    http.get(emu.schematicsUrl("us") + "/v1/workspaces", token);
    http.get(emu.schematicsUrl("us") + "/v1/workspaces/" + DemoSeed.WS_LOCKED, token);
    http.get(emu.schematicsUrl("us") + "/v1/workspaces/" + DemoSeed.WS_LOCKED + "/output_values", token);
    http.get(emu.iamUrl() + "/somewhere", token);

    assertThat(emu.requests().all()).extracting(RecordedRequest::route).containsExactly(Route.TOKEN, Route.ACCOUNTS,
        Route.WORKSPACES_LIST, Route.WORKSPACE_GET, Route.WORKSPACE_OUTPUTS, Route.UNKNOWN);
    assertThat(emu.requests().all()).extracting(RecordedRequest::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(emu.requests().count()).isEqualTo(6);
    assertThat(emu.requests().count(Route.WORKSPACE_GET)).isEqualTo(1);
    assertThat(emu.requests().count(r -> r.status() == 404)).isEqualTo(1);
  }

  @Test
  void injectedFaultsAreRecordedWithTheStatusSent() {
    emu.faults().next(Route.TOKEN, Fault.status(503));
    http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);

    assertThat(emu.requests().last().status()).isEqualTo(503);
    assertThat(emu.requests().last().fault()).isEqualTo(Fault.status(503));
  }

  @Test
  void takeRequestReturnsRequestsInOrderOnceEach() throws InterruptedException {
    http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);
    http.token("grant_type", APIKEY_GRANT, "apikey", "wrong");

    assertThat(emu.requests().takeRequest(Duration.ofSeconds(1)).status()).isEqualTo(200);
    assertThat(emu.requests().takeRequest(Duration.ofSeconds(1)).status()).isEqualTo(400);
    assertThat(emu.requests().takeRequest(Duration.ofMillis(10))).isNull();
    assertThat(emu.requests().count()).isEqualTo(2);
  }

  @Test
  void takeRequestWaitsForARequestFromAnotherThread() throws Exception {
    Thread client = new Thread(() -> http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY));
    client.start();

    RecordedRequest request = emu.requests().takeRequest(Duration.ofSeconds(10));

    client.join();
    assertThat(request).isNotNull();
    assertThat(request.route()).isEqualTo(Route.TOKEN);
  }

  @Test
  void clearEmptiesTheLogButSequencesGoOn() throws InterruptedException {
    http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);
    emu.requests().clear();

    assertThat(emu.requests().count()).isZero();
    assertThat(emu.requests().takeRequest(Duration.ZERO)).isNull();
    assertThatThrownBy(() -> emu.requests().last()).isInstanceOf(NoSuchElementException.class)
        .hasMessage("No request has been recorded yet");

    http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);
    assertThat(emu.requests().last().sequence()).isEqualTo(2);
  }

  @Test
  void theLogKeepsOnlyItsCapacity() throws Exception {
    try (Emulator small = Emulator.builder().clock(clock).requestLogCapacity(2).start()) {
      TestHttp client = new TestHttp(small);
      for (int i = 0; i < 3; i++) {
        client.get(small.iamUrl() + "/nothing/" + i, null);
      }

      assertThat(small.requests().all()).extracting(RecordedRequest::path).containsExactly("/nothing/1", "/nothing/2");
    }
  }

  @Test
  void noSecretIsEverKeptInTheLog() {
    List<String> secrets = new ArrayList<>();
    String refresh = field(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY), "refresh_token");
    secrets.add(DemoSeed.API_KEY);
    http.token("grant_type", "password", "username", DemoSeed.ALICE, "password", DemoSeed.ALICE_PASSWORD);
    http.token("grant_type", "password", "username", DemoSeed.ALICE, "password", "a-wrong-password-123");
    secrets.add(DemoSeed.ALICE_PASSWORD);
    secrets.add("a-wrong-password-123");
    http.token("grant_type", PASSCODE_GRANT, "passcode", DemoSeed.CAROL_PASSCODES.get(0));
    secrets.add(DemoSeed.CAROL_PASSCODES.get(0));
    http.token("grant_type", "refresh_token", "refresh_token", refresh);
    secrets.add(refresh);
    String access = http.accessToken(DemoSeed.API_KEY_SERVICE_ID);
    secrets.add(DemoSeed.API_KEY_SERVICE_ID);
    http.get(emu.schematicsUrl("us") + "/v1/workspaces?apikey=" + DemoSeed.API_KEY_CAROL_GLOBEX, access);
    secrets.add(DemoSeed.API_KEY_CAROL_GLOBEX);
    http.send(HttpRequest.newBuilder(URI.create(emu.accountsUrl() + "/coe/v2/accounts"))
        .header("Authorization", "bearer " + access).header("Cookie", "session=cookie-secret-1")
        .header("refresh_token", refresh).build());
    secrets.add("cookie-secret-1");
    http.post("/identity/token", "Basic " + java.util.Base64.getEncoder().encodeToString("bx:secret-client-7".getBytes()),
        form("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY_ALICE_STAGING));
    secrets.add("secret-client-7");
    secrets.add(DemoSeed.API_KEY_ALICE_STAGING);
    secrets.addAll(emu.issuedTokens());
    secrets.addAll(emu.seedSecrets());

    StringBuilder everything = new StringBuilder(emu.requests().toString());
    for (RecordedRequest request : emu.requests().all()) {
      everything.append(request).append(request.headers()).append(request.query()).append(request.formFieldNames());
      for (String name : request.formFieldNames()) {
        everything.append(request.formValue(name));
      }
    }

    assertThat(emu.requests().count()).isEqualTo(9);
    assertThat(secrets).hasSizeGreaterThan(20);
    for (String secret : secrets) {
      assertThat(everything.toString()).as("the log must not contain a secret").doesNotContain(secret);
    }
    assertThat(emu.requests().all().get(0).toString()).contains("POST /identity/token", "apikey", "status=200");
  }

  @Test
  void aBasicHeaderWithoutColonGivesNoClientId() {
    http.post("/identity/token", "Basic " + java.util.Base64.getEncoder().encodeToString("bare-secret".getBytes()),
        form("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY));

    assertThat(emu.requests().last().basicClientId()).isNull();
    assertThat(emu.requests().last().toString()).doesNotContain("bare-secret");
    assertThat(BX_BX).isEqualTo("Basic Yng6Yng=");
  }
}
