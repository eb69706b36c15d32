package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.emulator.RecordedRequest;
import io.github.schematicsci.emulator.Route;
import io.github.schematicsci.emulator.Seed;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(120)
class PagingTest extends GuardedTest {
    private static Fixture fixtureWith(int workspaces) {
        Seed seed = TestSeeds.identities()
                .workspaces(Seed.Generator.workspaces(TestSeeds.ACCOUNT_A, "us-south", workspaces, 7L))
                .build();
        return Fixture.start(seed);
    }

    private static List<RecordedRequest> listRequests(Fixture fixture) {
        return fixture.emulator.requests().all().stream().filter(r -> r.route() == Route.WORKSPACES_LIST).toList();
    }

    @ParameterizedTest(name = "{0} workspaces -> {1} list requests")
    @CsvSource({"0, 1", "1, 1", "2000, 1", "2001, 2", "4500, 3"})
    void listsEveryPageWithTheFewestRequests(int workspaces, int requests) {
        try (Fixture fixture = fixtureWith(workspaces)) {
            SchematicsClient client = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();
            List<Workspace> all = client.stream(ListOptions.builder().region(Region.US_SOUTH).build()).toList();

            assertThat(all).hasSize(workspaces);
            assertThat(all.stream().map(Workspace::id).distinct().count()).isEqualTo(workspaces);
            List<RecordedRequest> pages = listRequests(fixture);
            assertThat(pages).hasSize(requests);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i).query()).containsEntry("offset", Integer.toString(i * 2000))
                        .containsEntry("limit", "2000");
            }
        }
    }

    @Test
    void stoppingEarlyMakesNoFurtherRequest() {
        try (Fixture fixture = fixtureWith(4500)) {
            SchematicsClient client = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();
            Iterable<Workspace> list = client.list(ListOptions.builder().region("us-south").build());
            assertThat(listRequests(fixture)).isEmpty(); // nothing happens until iteration starts
            Iterator<Workspace> it = list.iterator();
            for (int i = 0; i < 10; i++) {
                it.next();
            }
            assertThat(listRequests(fixture)).hasSize(1);
            assertThat(client.stream(ListOptions.builder().region("us").build()).limit(2001).count()).isEqualTo(2001);
            assertThat(listRequests(fixture)).hasSize(3);
        }
    }

    @Test
    void smallerPagesAndResourceGroupsAreSent() {
        try (Fixture fixture = fixtureWith(5)) {
            SchematicsClient client = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();
            assertThat(client.stream(ListOptions.builder().region("us-south").pageSize(2).build()).count()).isEqualTo(5);
            assertThat(listRequests(fixture)).hasSize(3);
            client.stream(ListOptions.builder().region("us-south").resourceGroup("no-such-group").build()).count();
            assertThat(fixture.emulator.requests().last().query()).containsEntry("resource_group", "no-such-group");
        }
    }

    @Test
    void pageSizeOutOfRangeIsRejected() {
        assertThatThrownBy(() -> ListOptions.builder().pageSize(0))
                .hasMessage("pageSize 0 is out of range: use 1 to 2000 (the Schematics API's limit)");
        assertThatThrownBy(() -> ListOptions.builder().pageSize(-5)).hasMessageStartingWith("pageSize -5 is out of range");
        assertThatThrownBy(() -> ListOptions.builder().pageSize(1_000_000)).hasMessageContaining("use 1 to 2000");
    }

    @Test
    void listingEveryGeographyVisitsEachEndpointOnce() {
        try (Fixture fixture = fixtureWith(3)) {
            SchematicsClient client = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();
            assertThat(client.stream(ListOptions.all()).count()).isEqualTo(3);
            assertThat(listRequests(fixture)).extracting(RecordedRequest::region)
                    .containsExactly("us", "eu", "ca-tor", "ca-mon");
        }
    }
}
