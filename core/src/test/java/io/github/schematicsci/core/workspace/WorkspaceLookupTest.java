package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.testing.GuardedTest;
import static io.github.schematicsci.core.testing.TestWorkspaces.APP_SOUTH;
import static io.github.schematicsci.core.testing.TestWorkspaces.DB_TOR;
import static io.github.schematicsci.core.testing.TestWorkspaces.LOCKED_GB;
import static io.github.schematicsci.core.testing.TestWorkspaces.NET_DE;
import static io.github.schematicsci.core.testing.TestWorkspaces.NET_EAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class WorkspaceLookupTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed());
    private final IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
    private final SchematicsClient workspaces = cloud.workspaces();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<RecordedRequest> schematicsRequests() {
        return fixture.emulator.requests().all().stream().filter(r -> r.route() != Route.TOKEN).toList();
    }

    @Test
    void getByIdReadsEveryUsefulField() {
        Workspace w = workspaces.get(NET_EAST);
        assertThat(w.id()).isEqualTo(NET_EAST);
        assertThat(w.name()).isEqualTo("net-prod");
        assertThat(w.location()).isEqualTo("us-east");
        assertThat(w.region()).contains(Region.US_EAST);
        assertThat(w.resourceGroup()).isEqualTo("default");
        assertThat(w.status()).isEqualTo(WorkspaceStatus.ACTIVE);
        assertThat(w.status().is("active")).isTrue();
        assertThat(w.statusMessage()).isEqualTo("applied");
        assertThat(w.crn()).startsWith("crn:v1:bluemix:public:schematics:");
        assertThat(w.templateType()).isEqualTo("terraform_v1.5");
        assertThat(w.templateRepoUrl()).isEqualTo("https://github.com/example/net-prod");
        assertThat(w.templateBranch()).isEqualTo("main");
        assertThat(w.templateCommit()).isEqualTo("4f3c2b1a");
        assertThat(w.templateIds()).containsExactly("tpl-1");
        assertThat(w.tags()).containsExactly("env:prod", "owner:net");
        assertThat(w.createdAt()).contains(Instant.parse("2026-01-03T07:02:38.369965717Z"));
        assertThat(w.createdBy()).isEqualTo("alice@example.com");
        assertThat(w.updatedAt()).contains(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(w.lastJob()).contains(new LastJob("job-42", "WORKSPACE_APPLY", "COMPLETED"));
        assertThat(w.locked()).isFalse();
        assertThat(w.frozen()).isFalse();
    }

    @Test
    void lockedAndFrozenAreReadAndNeverSetTimesAreEmpty() {
        Workspace w = workspaces.get(LOCKED_GB);
        assertThat(w.locked()).isTrue();
        assertThat(w.lockedBy()).isEqualTo("ci@example.com");
        assertThat(w.lockedAt()).contains(Instant.parse("2026-12-01T08:00:00.123456789Z"));
        assertThat(w.frozen()).isTrue();
        assertThat(w.frozenAt()).isEmpty();
        assertThat(w.templateRepoUrl()).isEmpty();
        assertThat(w.toString()).contains("locked", "frozen");
    }

    @Test
    void statusIsAnOpenCaseInsensitiveValue() {
        Workspace w = workspaces.get(APP_SOUTH);
        assertThat(w.status().toString()).isEqualTo("inactive");
        assertThat(w.status()).isEqualTo(WorkspaceStatus.INACTIVE);
        assertThat(WorkspaceStatus.of("Inprogress").is("INPROGRESS")).isTrue();
    }

    @Test
    void getUsesTheEndpointOfTheIdsLocation() {
        workspaces.get(NET_EAST);
        workspaces.get(DB_TOR);
        assertThat(schematicsRequests()).extracting(RecordedRequest::region).containsExactly("us-east", "ca-tor");
        assertThat(schematicsRequests()).extracting(RecordedRequest::path)
                .containsExactly("/schematics/us-east/v1/workspaces/" + NET_EAST,
                        "/schematics/ca-tor/v1/workspaces/" + DB_TOR);
    }

    @Test
    void aGeographyEndpointServesItsLocations() {
        assertThat(workspaces.get(NET_EAST, Region.US).id()).isEqualTo(NET_EAST);
        assertThat(fixture.emulator.requests().last().region()).isEqualTo("us");
    }

    @Test
    void theWrongRegionIsExplainedWithAHint() {
        assertThatThrownBy(() -> workspaces.get(NET_EAST, Region.EU_DE))
                .isInstanceOfSatisfying(SchematicsException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.messageId()).contains("M1001");
                    assertThat(e.requestId()).isPresent();
                })
                .hasMessageContaining("workspace " + NET_EAST + " not found in region eu-de")
                .hasMessageContaining("its id starts with 'us-east': look it up in region us-east");
    }

    @Test
    void aMissingWorkspaceIsNotFoundWithoutAHint() {
        assertThatThrownBy(() -> workspaces.get("us-east.workspace.gone.00000000"))
                .hasMessageContaining("workspace us-east.workspace.gone.00000000 not found in region us-east")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("its id starts with"));
    }

    @Test
    void anotherAccountsWorkspaceIsAccessDenied() {
        assertThatThrownBy(() -> workspaces.get("us-south.workspace.bravo-only.77777777"))
                .isInstanceOfSatisfying(SchematicsException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void m1078IsNotFoundOrNoAccess() {
        fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.body(403, "application/json",
                "{\"requestid\":\"r-1078\",\"messageid\":\"M1078\",\"message\":\"Error while validating the location\","
                        + "\"statuscode\":403}"));
        assertThatThrownBy(() -> workspaces.get(NET_EAST))
                .isInstanceOfSatisfying(SchematicsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND))
                .hasMessageContaining("was not found in region us-east, or the credential's account has no access to it")
                .hasMessageContaining("[request id r-1078]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "us-east.workspace..x", "a%2Fb", "a/b", "has space", "wörkspace",
            "-leading-dash", ""})
    void malformedIdsAreRejectedBeforeAnyRequest(String id) {
        assertThatThrownBy(() -> workspaces.get(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id ");
        assertThat(fixture.emulator.requests().count()).isZero();
    }

    @Test
    void overlongIdsAreShortenedInTheMessage() {
        String id = "us-east.workspace." + "x".repeat(300);
        assertThatThrownBy(() -> workspaces.get(id))
                .hasMessageContaining("… (318 characters)")
                .hasMessageContaining("at most 128 characters");
        assertThat(fixture.emulator.requests().count()).isZero();
    }

    @Test
    void lookupByIdCostsOneTokenOneGetAndOneOutputsRequest() {
        LookupResult result = workspaces.lookup(WorkspaceLookup.builder().id(NET_EAST).build());
        assertThat(result.workspace().name()).isEqualTo("net-prod");
        assertThat(result.outputs()).isPresent();
        assertThat(result.foundIn()).isEqualTo(Region.US_EAST);
        assertThat(fixture.emulator.requests().all()).extracting(RecordedRequest::route)
                .containsExactly(Route.TOKEN, Route.WORKSPACE_GET, Route.WORKSPACE_OUTPUTS);

        workspaces.lookup(WorkspaceLookup.builder().id(NET_EAST).outputs(false).build());
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
        assertThat(fixture.emulator.requests().count()).isEqualTo(4);
    }

    @Test
    void lookupInputIsCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> WorkspaceLookup.builder().id(NET_EAST).name("net-prod").build())
                .hasMessage("both id and name are given: give only one (id for a workspace id, name for an exact "
                        + "workspace name), not both");
        assertThatThrownBy(() -> WorkspaceLookup.builder().build())
                .hasMessageStartingWith("neither id nor name is given");
        assertThatThrownBy(() -> WorkspaceLookup.builder().parameterNames("workspaceId", "workspaceName", "region")
                .build()).hasMessageStartingWith("neither workspaceId nor workspaceName is given");
        assertThatThrownBy(() -> WorkspaceLookup.builder().name("x").region("mars-1").build())
                .hasMessageStartingWith("region 'mars-1' is not a Schematics region: use one of us-south, ");
        assertThatThrownBy(() -> WorkspaceLookup.builder().parameterNames("workspaceId", "workspaceName", "schematics.region")
                .name("x").region("mars-1").build()).hasMessageStartingWith("schematics.region 'mars-1' is not");
        assertThatThrownBy(() -> WorkspaceLookup.builder().name(" net-prod").build())
                .hasMessageContaining("leading or trailing whitespace");
        assertThatThrownBy(() -> Region.of("US_SOUTH")).hasMessageContaining("us-south, us-east, eu-de, eu-gb, ca-tor, "
                + "ca-mon, us, eu");
        assertThat(fixture.emulator.requests().count()).isZero();
    }
}
