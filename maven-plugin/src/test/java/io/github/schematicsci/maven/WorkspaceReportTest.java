package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.core.export.WorkspaceExport;
import io.github.schematicsci.core.workspace.Output;
import io.github.schematicsci.core.workspace.TemplateOutputs;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceOutputs;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceReportTest {
    private static final String SECRET = "s3cr3t-db-password";

    private final Workspace workspace = Workspace.builder("us-south.workspace.app.1a2b3c4d")
            .name("app").location("us-south").resourceGroup("prod").status("ACTIVE")
            .locked(true, "deployer@example.com", Instant.parse("2026-10-02T09:30:00Z"))
            .build();
    private final WorkspaceOutputs outputs = new WorkspaceOutputs(List.of(new TemplateOutputs("t1", ".", "map",
            List.of(Output.of("cluster_id", "c-1", "string", false),
                    Output.of("db_password", SECRET, "string", true),
                    Output.of("long", "x".repeat(300), "string", false)))));

    @Test
    void sensitiveValuesAreMaskedInTheLogEvenWhenExported() {
        WorkspaceExport export = WorkspaceExport.of(workspace, outputs, true);
        Map<String, String> properties = export.toProperties("schematics.");
        RecordingLog log = new RecordingLog();

        new WorkspaceReport(workspace, outputs, true).logProperties(properties, "schematics.", log);

        assertThat(properties).containsEntry("schematics.output.db_password", SECRET);
        log.assertNoSecrets(SECRET);
        assertThat(log.text()).contains("INFO   schematics.output.db_password = " + WorkspaceReport.MASK)
                .contains("INFO   schematics.output.cluster_id = c-1")
                .contains("… (300 characters)")
                .startsWith("INFO Exported " + properties.size() + " properties with prefix schematics.:");
    }

    @Test
    void jsonLeavesSensitiveOutputsOutUnlessAskedFor() {
        WorkspaceExport export = WorkspaceExport.of(workspace, outputs, false);

        Map<String, Object> json = new WorkspaceReport(workspace, outputs, false).toJson(export.excludedSensitive());

        assertThat(json).containsKeys("workspace", "outputs", "excludedSensitiveOutputs");
        assertThat(outputNames(json)).containsExactly("cluster_id", "long");
        assertThat(json.get("excludedSensitiveOutputs")).isEqualTo(List.of("db_password"));
        LeakScanner.of(List.of(SECRET)).assertNoLeaks("workspace.json", json.toString());

        Map<String, Object> all = new WorkspaceReport(workspace, outputs, true).toJson(List.of());
        assertThat(outputNames(all)).contains("db_password");
    }

    private static List<String> outputNames(Map<String, Object> json) {
        return ((Map<?, ?>) json.get("outputs")).keySet().stream().map(String::valueOf).toList();
    }

    @Test
    void lockedAndFrozenWorkspacesAreReported() {
        RecordingLog log = new RecordingLog();

        WorkspaceReport.warnIfLockedOrFrozen(workspace, log);

        assertThat(log.lines).containsExactly("WARN Workspace app is locked by deployer@example.com since"
                + " 2026-10-02T09:30:00Z: a job is running on it, so its outputs may be about to change.");
    }
}
