package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.APIKEY_GRANT;
import static io.github.schematicsci.emulator.TestHttp.PASSCODE_GRANT;
import static io.github.schematicsci.emulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest extends EmulatorTestSupport {
  private String token;
  private String listUrl;

  @BeforeEach
  void login() {
    token = http.accessToken(DemoSeed.API_KEY);
    listUrl = emu.schematicsUrl("us-south") + "/v1/workspaces";
  }

  @Test
  void statusFaultAnswersWithTheSchematicsShapeForTheNextNRequests() {
    emu.faults().next(Route.WORKSPACES_LIST, 2, Fault.status(503));

    HttpResponse<String> first = http.get(listUrl, token);
    HttpResponse<String> second = http.get(listUrl, token);
    HttpResponse<String> third = http.get(listUrl, token);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(json(first).get("messageid").asText()).isEqualTo("M9503");
    assertThat(json(first).get("statuscode").asInt()).isEqualTo(503);
    assertThat(json(first).get("requestid").asText()).isNotBlank();
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(emu.faults().pending(Route.WORKSPACES_LIST)).isZero();
  }

  @Test
  void statusFaultOnTheTokenRouteUsesTheIamShapeAndConsumesNothing() {
    String passcode = DemoSeed.BOB_PASSCODES.get(2);
    emu.faults().next(Route.TOKEN, Fault.status(500));

    HttpResponse<String> failed = http.token("grant_type", PASSCODE_GRANT, "passcode", passcode);

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(json(failed).get("errorCode").asText()).isEqualTo("BXNIM9500E");
    assertThat(json(failed).get("context").get("requestType").asText()).isEqualTo("incoming.Identity_Token");
    assertThat(http.token("grant_type", PASSCODE_GRANT, "passcode", passcode).statusCode())
        .as("the injected answer replaced the API, so the passcode is still unused").isEqualTo(200);
  }

  @Test
  void statusFaultCarriesItsHeaders() {
    Instant when = Instant.parse("2026-03-02T10:16:00Z");
    emu.faults()
        .next(Route.WORKSPACES_LIST, Fault.status(429).retryAfterSeconds(3))
        .next(Route.WORKSPACES_LIST, Fault.status(429).retryAfterDate(when))
        .next(Route.WORKSPACES_LIST, Fault.status(503).withHeader("Retry-After", "2").withHeader("X-Extra", "yes"));

    assertThat(http.get(listUrl, token).headers().firstValue("Retry-After")).hasValue("3");
    assertThat(http.get(listUrl, token).headers().firstValue("Retry-After")).hasValue("Mon, 2 Mar 2026 10:16:00 GMT");
    HttpResponse<String> third = http.get(listUrl, token);
    assertThat(third.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(third.headers().firstValue("X-Extra")).hasValue("yes");
  }

  @Test
  void faultsQueueInOrderPerRoute() {
    emu.faults().next(Route.WORKSPACES_LIST, Fault.status(500)).next(Route.WORKSPACES_LIST, Fault.status(502));
    emu.faults().next(Route.WORKSPACE_GET, Fault.status(504));

    assertThat(http.get(emu.schematicsUrl("us-south") + "/v1/workspaces/" + DemoSeed.WS_LOCKED, token).statusCode())
        .isEqualTo(504);
    assertThat(http.get(listUrl, token).statusCode()).isEqualTo(500);
    assertThat(http.get(listUrl, token).statusCode()).isEqualTo(502);
    assertThat(http.get(listUrl, token).statusCode()).isEqualTo(200);
  }

  @Test
  void clearDropsQueuedFaults() {
    emu.faults().next(Route.WORKSPACES_LIST, 5, Fault.status(500));
    assertThat(emu.faults().pending(Route.WORKSPACES_LIST)).isEqualTo(5);

    emu.faults().clear();

    assertThat(http.get(listUrl, token).statusCode()).isEqualTo(200);
  }

  @Test
  void delayWaitsThenAnswersNormally() {
    emu.faults().next(Route.WORKSPACES_LIST, Fault.delay(Duration.ofSeconds(5)));

    HttpRequest request = HttpRequest.newBuilder(URI.create(listUrl)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMillis(300)).build();
    IOException timeout = http.sendExpectingFailure(request);

    assertThat(timeout).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aShortDelayStillGivesTheRealAnswer() {
    emu.faults().next(Route.WORKSPACES_LIST, Fault.delay(Duration.ofMillis(10)));

    assertThat(http.get(listUrl, token).statusCode()).isEqualTo(200);
    assertThat(emu.requests().last().fault()).isEqualTo(Fault.delay(Duration.ofMillis(10)));
  }

  @Test
  void resetBeforeHeadersClosesTheConnectionWithoutAResponse() throws IOException {
    emu.faults().next(Route.WORKSPACES_LIST, Fault.resetBeforeHeaders());

    byte[] received = RawHttp.exchange(emu.port(), "GET /schematics/us-south/v1/workspaces HTTP/1.1", token);

    assertThat(received).isEmpty();
    assertThat(emu.requests().last().status()).isEqualTo(-1);
    assertThat(emu.requests().last().fault()).isEqualTo(Fault.resetBeforeHeaders());
    assertThat(http.get(listUrl, token).statusCode()).isEqualTo(200);
  }

  @Test
  void resetBeforeHeadersFailsAnHttpClient() {
    emu.faults().next(Route.WORKSPACES_LIST, 2, Fault.resetBeforeHeaders()); // the JDK client may retry a GET once

    IOException failure = http.sendExpectingFailure(get(listUrl));

    assertThat(failure).isNotInstanceOf(HttpTimeoutException.class);
    assertThat(emu.requests().all()).filteredOn(r -> r.route() == Route.WORKSPACES_LIST)
        .isNotEmpty().allMatch(r -> r.status() == -1);
  }

  @Test
  void resetAfterHeadersSendsAFullContentLengthThenPartOfTheBodyThenCloses() throws IOException {
    emu.faults().next(Route.WORKSPACES_LIST, Fault.resetAfterHeaders());

    String received = new String(RawHttp.exchange(emu.port(), "GET /schematics/us-south/v1/workspaces HTTP/1.1", token),
        StandardCharsets.UTF_8);

    assertThat(received).startsWith("HTTP/1.1 200 ");
    int headerEnd = received.indexOf("\r\n\r\n");
    Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(received.substring(0, headerEnd));
    assertThat(length.find()).isTrue();
    int declared = Integer.parseInt(length.group(1));
    int sent = received.length() - headerEnd - 4;
    assertThat(sent).isPositive().isLessThan(declared);
    assertThat(emu.requests().last().status()).isEqualTo(200);
    assertThat(emu.requests().last().fault()).isInstanceOf(Fault.ResetAfterHeaders.class);
  }

  @Test
  void resetAfterHeadersFailsAnHttpClient() {
    emu.faults().next(Route.WORKSPACES_LIST, 2, Fault.resetAfterHeaders());

    IOException failure = http.sendExpectingFailure(get(listUrl));

    assertThat(failure).isNotInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void truncatedBodyIsACompleteResponseWithHalfTheJson() {
    emu.faults().next(Route.TOKEN, Fault.truncatedBody());

    HttpResponse<String> response = http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"access_token\":\"");
    assertThatThrownBy(() -> TestHttp.JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void malformedJsonIs200WithABodyThatIsNotJson() {
    emu.faults().next(Route.TOKEN, Fault.malformedJson()).next(Route.WORKSPACES_LIST, Fault.malformedJson());

    HttpResponse<String> tokenResponse = http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY);
    HttpResponse<String> listResponse = http.get(listUrl, token);

    for (HttpResponse<String> response : java.util.List.of(tokenResponse, listResponse)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThatThrownBy(() -> TestHttp.JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
    }
    assertThat(tokenResponse.body()).startsWith("{\"access_token\": ");
  }

  @Test
  void bodyAnswersExactlyWhatItIsGiven() {
    emu.faults()
        .next(Route.WORKSPACE_GET, Fault.body(502, "text/html", "<html><body>Bad Gateway</body></html>"))
        .next(Route.WORKSPACE_GET, Fault.body(200, "application/json", ""))
        .next(Route.WORKSPACE_GET, Fault.body(200, null, "{}"));
    String url = emu.schematicsUrl("us-south") + "/v1/workspaces/" + DemoSeed.WS_LOCKED;

    HttpResponse<String> html = http.get(url, token);
    assertThat(html.statusCode()).isEqualTo(502);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(html.body()).isEqualTo("<html><body>Bad Gateway</body></html>");

    HttpResponse<String> empty = http.get(url, token);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();

    HttpResponse<String> noType = http.get(url, token);
    assertThat(noType.body()).isEqualTo("{}");
    assertThat(noType.headers().firstValue("Content-Type")).isEmpty();
  }

  @Test
  void redirectSendsLocation() {
    emu.faults().next(Route.ACCOUNTS, Fault.redirect(302, "https://login.example.com/"));

    HttpResponse<String> response = http.get(emu.accountsUrl() + "/coe/v2/accounts", token);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue("https://login.example.com/");
  }

  @Test
  void unknownRoutesCanHaveFaultsToo() {
    emu.faults().next(Route.UNKNOWN, Fault.status(418 + 82));

    assertThat(http.get(emu.iamUrl() + "/elsewhere", null).statusCode()).isEqualTo(500);
  }

  @Test
  void faultValuesRejectNonsense() {
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("400..599");
    assertThatThrownBy(() -> Fault.redirect(200, "x")).hasMessageContaining("300..399");
    assertThatThrownBy(() -> Fault.body(99, null, "")).hasMessageContaining("100..599");
    assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(-1))).hasMessageContaining("duration");
    assertThatThrownBy(() -> Fault.delay(Duration.ofHours(1))).hasMessageContaining("duration");
    assertThatThrownBy(() -> Fault.status(500).withHeader("Bad Name", "x")).hasMessageContaining("header name");
    assertThatThrownBy(() -> Fault.status(500).withHeader("X", "a\r\nb")).hasMessageContaining("line break");
    assertThatThrownBy(() -> Fault.status(429).retryAfterSeconds(-1)).hasMessageContaining("seconds < 0");
    assertThatThrownBy(() -> emu.faults().next(Route.TOKEN, 0, Fault.status(500))).hasMessageContaining("times < 1");
  }

  @Test
  void faultsAreValues() {
    assertThat(Fault.status(503).retryAfterSeconds(1)).isEqualTo(Fault.status(503).retryAfterSeconds(1));
    assertThat(Fault.resetBeforeHeaders()).isEqualTo(Fault.resetBeforeHeaders());
    assertThat(Fault.status(503).toString()).contains("503");
  }

  private HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(10)).build();
  }
}
