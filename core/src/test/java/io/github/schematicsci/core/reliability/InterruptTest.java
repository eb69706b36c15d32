package io.github.schematicsci.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.GuardedTest;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A build abort interrupts the calling thread: core stops at once, says so, and keeps the interrupt flag. */
@Timeout(30)
class InterruptTest extends GuardedTest {
    @Test
    void anInterruptDuringARetryWaitStopsTheCallAndKeepsTheFlag() {
        try (Fixture fixture = Fixture.start(TestWorkspaces.seed(), e -> e, http -> http.sleeper(d -> {
            throw new InterruptedException("build aborted");
        }))) {
            IbmCloud cloud = fixture.cloud(ApiKey.of(TestSeeds.KEY_A));
            cloud.token();
            fixture.emulator.faults().next(Route.WORKSPACE_GET, Fault.status(503));
            Throwable outcome = catchThrowable(() -> cloud.workspaces().get(TestWorkspaces.NET_EAST));
            boolean flagKept = Thread.interrupted(); // also clears it for the rest of the suite

            assertThat(outcome).isInstanceOfSatisfying(IbmCloudException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.INTERRUPTED))
                    .hasMessageContaining("was interrupted while waiting to retry");
            assertThat(flagKept).isTrue();
            assertThat(fixture.emulator.requests().count(Route.WORKSPACE_GET)).isEqualTo(1);
        }
    }
}
