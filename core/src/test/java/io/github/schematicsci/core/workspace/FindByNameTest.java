package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.testing.GuardedTest;
import static io.github.schematicsci.core.testing.TestWorkspaces.NET_DE;
import static io.github.schematicsci.core.testing.TestWorkspaces.NET_EAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class FindByNameTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed());
    private final SchematicsClient workspaces = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private LookupResult byName(String name, String group, String region) {
        return workspaces.lookup(WorkspaceLookup.builder().name(name).resourceGroup(group).region(region).build());
    }

    @Test
    void aUniqueNameIsFoundByListingEveryGeography() {
        LookupResult result = byName("db-main", null, null);
        assertThat(result.workspace().id()).isEqualTo(TestWorkspaces.DB_TOR);
        assertThat(result.foundIn()).isEqualTo(Region.CA_TOR);
        assertThat(fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.WORKSPACES_LIST)
                .map(RecordedRequest::region).toList()).containsExactly("us", "eu", "ca-tor", "ca-mon");
        assertThat(fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.WORKSPACES_LIST)
                .map(r -> r.query().get("limit")).distinct().toList()).containsExactly("2000");
        assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isZero();
        assertThat(fixture.emulator.requests().last().route()).isEqualTo(Route.WORKSPACE_OUTPUTS);
        assertThat(fixture.emulator.requests().last().region()).isEqualTo("ca-tor");
        assertThat(fixture.log.text()).contains("found workspace 'db-main' (" + TestWorkspaces.DB_TOR + ") in ca-tor "
                + "by searching us, eu, ca-tor, ca-mon");
    }

    @Test
    void aNameInTwoRegionsIsAmbiguousAndListsTheCandidates() {
        assertThatThrownBy(() -> byName("net-prod", null, null))
                .isInstanceOfSatisfying(SchematicsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.AMBIGUOUS))
                .hasMessageContaining("2 workspaces are named 'net-prod'")
                .hasMessageContaining(NET_EAST + " (location us-east, resource group default)")
                .hasMessageContaining(NET_DE + " (location eu-de, resource group europe)")
                .hasMessageContaining("give the workspace id, or narrow with region or resourceGroup");
    }

    @Test
    void regionOrResourceGroupNarrowsTheSearch() {
        assertThat(byName("net-prod", null, "eu").workspace().id()).isEqualTo(NET_DE);
        assertThat(byName("net-prod", "default", null).workspace().id()).isEqualTo(NET_EAST);
        assertThat(fixture.emulator.requests().all().stream()
                .filter(r -> r.route() == Route.WORKSPACES_LIST && "default".equals(r.query().get("resource_group")))
                .count()).isEqualTo(4);
    }

    @Test
    void anUnknownNameSuggestsCloseNames() {
        assertThatThrownBy(() -> byName("Net-Prod", null, null))
                .isInstanceOfSatisfying(SchematicsException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND))
                .hasMessageContaining("no workspace is named 'Net-Prod' (searched us, eu, ca-tor, ca-mon)")
                .hasMessageContaining("did you mean 'net-prod'?");
        assertThatThrownBy(() -> byName("app-prd", null, null)).hasMessageContaining("did you mean 'app-prod'?");
        assertThatThrownBy(() -> byName("zzz-totally-different", null, null))
                .hasMessageContaining("names are exact and case-sensitive");
    }

    @Test
    void namesWithRegexCharactersAreMatchedLiterally() {
        assertThatThrownBy(() -> byName("net.*", null, null)).hasMessageContaining("no workspace is named 'net.*'");
    }

    @Test
    void findByNameReturnsEmptyInsteadOfThrowingWhenNothingMatches() {
        assertThat(workspaces.findByName("nope", null, null)).isEmpty();
        assertThat(workspaces.findByName("db-main", null, Region.CA_TOR)).isPresent();
    }
}
