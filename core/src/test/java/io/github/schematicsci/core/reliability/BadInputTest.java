package io.github.schematicsci.core.reliability;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.config.CredentialResolver;
import io.github.schematicsci.core.config.ServerCredential;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.iam.Passcode;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input table of docs/reliability.md (core's rows): each input gets an IllegalArgumentException whose message
 * names the parameter and what is valid, never echoes a secret, and no request reaches the emulator.
 */
class BadInputTest extends GuardedTest {
    private static Fixture fixture;
    private static IbmCloud cloud;

    record Case(String name, Runnable input, String messageStart, String validHint) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        fixture = Fixture.start(TestWorkspaces.seed());
        cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Case bad(String name, Runnable input, String messageStart, String validHint) {
        return new Case(name, input, messageStart, validHint);
    }

    private static void lookup(WorkspaceLookup.Builder builder) {
        cloud.workspaces().lookup(builder.build());
    }

    static Stream<Case> cases() {
        String key = TestSeeds.KEY_A;
        return Stream.of(
                bad("empty API key", () -> ApiKey.of(""), "apiKey is empty", "cloud.ibm.com/iam/apikeys"),
                bad("blank API key", () -> ApiKey.of("   "), "apiKey is blank", "API key exactly"),
                bad("API key padded with spaces", () -> ApiKey.of(" " + key + " "), "apiKey has leading or trailing whitespace",
                        "without spaces"),
                bad("API key with a trailing newline", () -> ApiKey.of(key + "\n"), "apiKey contains a line break",
                        "trailing newline"),
                bad("API key with a space inside", () -> ApiKey.of("abc def"), "apiKey contains a space", "no spaces"),
                bad("empty passcode", () -> Passcode.of(""), "passcode is empty", "ibmcloud login --sso"),
                bad("empty IBMid", () -> IbmIdPassword.of("", "pw"), "username is empty", "e-mail"),
                bad("empty password", () -> IbmIdPassword.of("a@b.c", ""), "password is empty", "IBMid password"),
                bad("unknown region", () -> Region.of("mars-1"), "region 'mars-1' is not a Schematics region",
                        "us-south, us-east, eu-de, eu-gb, ca-tor, ca-mon, us, eu"),
                bad("region with a typo in a lookup", () -> lookup(WorkspaceLookup.builder().name("x").region("us-sout")),
                        "region 'us-sout' is not a Schematics region", "use one of"),
                bad("http:// IAM endpoint off loopback", () -> Endpoints.builder().iam("http://iam.cloud.ibm.com"),
                        "iamUrl 'http://iam.cloud.ibm.com/", "use https://"),
                bad("http:// Schematics endpoint off loopback",
                        () -> Endpoints.builder().schematics("http://{region}.schematics.example.com"),
                        "schematicsUrl", "use https://"),
                bad("endpoint with user info", () -> Endpoints.builder().accounts("https://u:pw@accounts.cloud.ibm.com"),
                        "accountsUrl", "contains user info"),
                bad("{region} template misspelled", () -> Endpoints.builder().schematics("https://{regin}.x.example.com"),
                        "schematicsUrl", "write {region} exactly"),
                bad("empty endpoint", () -> Endpoints.builder().iam(""), "iamUrl is empty", "https://"),
                bad("workspace id with ../", () -> cloud.workspaces().get("../../v1/workspaces"), "id '../../v1/workspaces'",
                        "letters, digits"),
                bad("workspace id with %2F", () -> cloud.workspaces().get("us-east.workspace%2Fx"), "id 'us-east.workspace%2Fx'",
                        "letters, digits"),
                bad("workspace id with spaces", () -> cloud.workspaces().get("us east.workspace.x"), "id 'us east",
                        "letters, digits"),
                bad("workspace id of 300 characters", () -> cloud.workspaces().get("a".repeat(300)), "id 'aaaa",
                        "at most 128 characters"),
                bad("workspace id in unicode", () -> cloud.workspaces().get("us-east.wörkspace.x"),
                        "id 'us-east.w\\u00f6rkspace.x'", "letters, digits"),
                bad("id and name both given", () -> lookup(WorkspaceLookup.builder().id("us-east.workspace.x.1").name("x")),
                        "both id and name are given", "not both"),
                bad("neither id nor name", () -> lookup(WorkspaceLookup.builder()), "neither id nor name is given",
                        "us-east.workspace.my-infra.1a2b3c4d"),
                bad("blank name", () -> lookup(WorkspaceLookup.builder().name("   ")), "name is blank", "exact name"),
                bad("negative page size", () -> ListOptions.builder().pageSize(-1), "pageSize -1 is out of range",
                        "use 1 to 2000"),
                bad("huge page size", () -> ListOptions.builder().pageSize(Integer.MAX_VALUE), "pageSize 2147483647",
                        "use 1 to 2000"),
                bad("account id of the wrong shape", () -> fixture.iam().requestToken(ApiKey.of(key), "acct-123"),
                        "accountId 'acct-123' is not an IBM Cloud account id", "32 hexadecimal digits"),
                bad("negative timeout", () -> HttpOptions.builder().readTimeout(Duration.ofSeconds(-5)),
                        "readTimeout PT-5S is too small", "use PT0.001S to PT10M"),
                bad("zero attempts", () -> HttpOptions.builder().maxAttempts(0), "maxAttempts 0 is out of range",
                        "use 1 to 10"),
                bad("settings server without a password",
                        () -> CredentialResolver.resolve("ibmcloud", new ServerCredential("ibmcloud", "apikey", ""), Map.of()),
                        "settings server 'ibmcloud' has no password", "<password>"),
                bad("no credential anywhere", () -> CredentialResolver.resolve("ibmcloud", null, Map.of()),
                        "no IBM Cloud credential found", "IBMCLOUD_API_KEY"),
                bad("malformed IBMCLOUD_API_KEY",
                        () -> CredentialResolver.resolve("ibmcloud", null, Map.of("IBMCLOUD_API_KEY", key + "\r\n")),
                        "environment variable IBMCLOUD_API_KEY: apiKey contains a line break", "API key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedLocallyWithAClearMessage(Case c) {
        int before = fixture.emulator.requests().count();
        Throwable thrown = catchThrowable(c.input()::run);
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(c.messageStart())
                .hasMessageContaining(c.validHint());
        assertThat(thrown.getMessage()).doesNotContain(TestSeeds.KEY_A);
        assertThat(fixture.emulator.requests().count()).isEqualTo(before);
    }
}
