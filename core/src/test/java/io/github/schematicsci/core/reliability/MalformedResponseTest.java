package io.github.schematicsci.core.reliability;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.account.AccountsException;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.IamException;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.SchematicsException;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and mutated bodies for every endpoint: whatever comes back, core either succeeds or throws the endpoint's
 * documented exception type, never anything else; and a body over the size cap is refused without being read.
 */
@Timeout(120)
class MalformedResponseTest extends GuardedTest {
    private static final long SEED = 20261204L;
    private static final int MUTATIONS_PER_ENDPOINT = 150;

    private static final String VALID_TOKEN_SHAPE = "{\"access_token\":\"a.b.c\",\"refresh_token\":\"r\","
            + "\"token_type\":\"Bearer\",\"expires_in\":3600,\"expiration\":1796380800,\"scope\":\"ibm openid\"}";
    private static final String VALID_ACCOUNTS = "{\"next_url\":null,\"total_results\":1,\"resources\":[{\"metadata\":"
            + "{\"guid\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1\"},\"entity\":{\"name\":\"A\",\"state\":\"ACTIVE\"}}]}";
    private static final String VALID_LIST = "{\"count\":1,\"limit\":2000,\"offset\":0,\"workspaces\":[{\"id\":"
            + "\"us-east.workspace.x.1a2b3c4d\",\"name\":\"x\",\"location\":\"us-east\",\"status\":\"ACTIVE\","
            + "\"created_at\":\"2026-01-03T07:02:38.369965717Z\",\"tags\":[\"a\"],\"workspace_status\":{\"locked\":false},"
            + "\"template_repo\":{\"url\":\"u\"},\"template_data\":[{\"id\":\"t\"}],\"last_job\":{\"job_id\":\"j\"}}]}";
    private static final String VALID_OUTPUTS = "[{\"id\":\"t\",\"folder\":\".\",\"output_values\":[{\"a\":{\"value\":"
            + "[1,{\"b\":true}],\"type\":[\"list\",\"any\"],\"sensitive\":false}}]}]";

    private static Fixture fixture;
    private static IbmCloud apiKeySession;

    @BeforeAll
    static void start() {
        fixture = Fixture.start(TestWorkspaces.seed(), e -> e.rateLimitPerMinute(0),
                http -> http.maxAttempts(1).maxResponseBytes(64 * 1024));
        apiKeySession = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
        apiKeySession.token();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** Bodies: random bytes, truncations and single-character mutations of a valid body, wrong JSON types. */
    private static List<String> bodies(String valid, Random random) {
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "{}", "\"text\"", "42", "true", "[null]",
                "{\"workspaces\":null}", "{\"workspaces\":[null,1,\"x\",[]]}", "{\"resources\":[{}]}",
                "{\"access_token\":42,\"expires_in\":\"soon\"}", "[{\"output_values\":[{\"a\":null}]}]",
                "[{\"output_values\":\"x\"}]", "{\"count\":\"many\",\"workspaces\":[]}"));
        String alphabet = "{}[]\",:0123456789abc\\ \n\u00e9\u0000nulltruefalse";
        for (int i = 0; i < MUTATIONS_PER_ENDPOINT; i++) {
            StringBuilder body = new StringBuilder(valid);
            switch (random.nextInt(4)) {
                case 0 -> body.setLength(random.nextInt(valid.length()));
                case 1 -> body.setCharAt(random.nextInt(valid.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> body.insert(random.nextInt(valid.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                default -> {
                    body.setLength(0);
                    for (int j = random.nextInt(200); j > 0; j--) {
                        body.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    private static void assertOnlyDocumentedFailures(Route route, String valid, Class<? extends IbmCloudException> type,
            Runnable call) {
        Random random = new Random(SEED + route.ordinal());
        Map<Class<?>, Integer> seen = new java.util.HashMap<>();
        for (String body : bodies(valid, random)) {
            fixture.emulator.faults().next(route, Fault.body(200, "application/json", body));
            Throwable outcome = catchThrowable(call::run);
            if (outcome != null) {
                assertThat(outcome).as("body %s", body).isInstanceOf(type);
                assertThat(((IbmCloudException) outcome).problem()).as("body %s", body).isEqualTo(Problem.PROTOCOL);
                assertThat(outcome.getMessage()).as("body %s", body).doesNotContain(body.length() > 8 ? body : "\u0001");
            }
            seen.merge(outcome == null ? Void.class : outcome.getClass(), 1, Integer::sum);
        }
        assertThat(seen).containsKey(type); // the mutations did break something
    }

    @Test
    void tokenResponses() {
        assertOnlyDocumentedFailures(Route.TOKEN, VALID_TOKEN_SHAPE, IamException.class,
                () -> fixture.iam().requestToken(ApiKey.of(TestSeeds.KEY_A), null));
    }

    @Test
    void accountsResponses() {
        IbmCloud password = fixture.cloud(IbmIdPassword.of(TestSeeds.BOB, TestSeeds.BOB_PASSWORD));
        password.accounts();
        assertOnlyDocumentedFailures(Route.ACCOUNTS, VALID_ACCOUNTS, AccountsException.class, password::accounts);
    }

    @Test
    void listResponses() {
        assertOnlyDocumentedFailures(Route.WORKSPACES_LIST, VALID_LIST, SchematicsException.class,
                () -> apiKeySession.workspaces().stream(ListOptions.builder().region(Region.US_EAST).build())
                        .forEach(w -> w.toMap()));
    }

    @Test
    void getResponses() {
        assertOnlyDocumentedFailures(Route.WORKSPACE_GET, VALID_LIST.substring(VALID_LIST.indexOf("[{") + 1,
                VALID_LIST.length() - 2), SchematicsException.class,
                () -> apiKeySession.workspaces().get(TestWorkspaces.NET_EAST).toMap());
    }

    @Test
    void outputResponses() {
        assertOnlyDocumentedFailures(Route.WORKSPACE_OUTPUTS, VALID_OUTPUTS, SchematicsException.class,
                () -> apiKeySession.workspaces().outputs(TestWorkspaces.NET_EAST, null).merged().values()
                        .forEach(o -> o.value()));
    }

    @Test
    void aBodyOverTheCapIsRefusedWithoutBeingRead() {
        String huge = "{\"workspaces\":[" + "{\"id\":\"x\"},".repeat(20_000) + "{}]}"; // ~240 KB > 64 KiB cap
        fixture.emulator.faults().next(Route.WORKSPACES_LIST, Fault.body(200, "application/json", huge));
        Throwable outcome = catchThrowable(() -> apiKeySession.workspaces()
                .stream(ListOptions.builder().region(Region.US_EAST).build()).count());
        assertThat(outcome).isInstanceOfSatisfying(SchematicsException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.PROTOCOL))
                .hasMessageContaining("with a body larger than 65536 bytes; it was not read");
    }
}
