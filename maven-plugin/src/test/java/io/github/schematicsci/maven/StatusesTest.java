package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.workspace.WorkspaceStatus;
import org.junit.jupiter.api.Test;

class StatusesTest {
    @Test
    void matchesAnyListedStatusIgnoringCase() {
        Statuses statuses = Statuses.parse("requireStatus", "active, Inactive");

        assertThat(statuses.matches(WorkspaceStatus.ACTIVE)).isTrue();
        assertThat(statuses.matches(WorkspaceStatus.of("INACTIVE"))).isTrue();
        assertThat(statuses.matches(WorkspaceStatus.FAILED)).isFalse();
        assertThat(statuses).hasToString("ACTIVE or INACTIVE");
    }

    @Test
    void blankMeansNoRequirement() {
        assertThat(Statuses.parse("status", null)).isNull();
        assertThat(Statuses.parse("status", " ")).isNull();
    }

    @Test
    void rejectsWhatIsNotAStatusNamingTheParameter() {
        assertThatThrownBy(() -> Statuses.parse("requireStatus", "ACTIVE,,FAILED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("requireStatus 'ACTIVE,,FAILED' is not a comma-separated list of workspace"
                        + " statuses: '' is not a status. Statuses are ACTIVE, INACTIVE");
        assertThatThrownBy(() -> Statuses.parse("status", "ACTIVE|FAILED"))
                .hasMessageContaining("'ACTIVE|FAILED' is not a status");
    }
}
