package io.github.schematicsci.core.export;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.schematicsci.core.workspace.LastJob;
import io.github.schematicsci.core.workspace.Output;
import io.github.schematicsci.core.workspace.TemplateOutputs;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceOutputs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden tests of the one naming scheme both plugins use. */
class WorkspaceExportTest extends GuardedTest {
    private static final Workspace WORKSPACE = Workspace.builder("us-east.workspace.net-prod.1a2b3c4d")
            .name("net-prod").status("ACTIVE").location("us-east").resourceGroup("default")
            .crn("crn:v1:x").description("d").statusMessage("applied")
            .locked(false, null, null).frozen(true, "ops", null)
            .template("terraform_v1.5", "https://github.com/example/net", "main", "4f3c2b1a")
            .tags(List.of("env:prod", "team:net"))
            .created(Instant.parse("2026-01-03T07:02:38.369965717Z"), "alice")
            .updated(null, null)
            .lastJob(new LastJob("job-42", "WORKSPACE_APPLY", "COMPLETED"))
            .build();

    private static final WorkspaceOutputs OUTPUTS = new WorkspaceOutputs(List.of(new TemplateOutputs("tpl", ".", "",
            List.of(Output.of("cluster_id", "c0ffee01", "string", false),
                    Output.of("node-count", 3, "number", false),
                    Output.of("zones", List.of("a", "b"), null, false),
                    Output.of("labels", Map.of("env", "prod"), null, false),
                    Output.of("db_password", "hunter2-secret", "string", true)))));

    @Test
    void environmentNamesAreGolden() {
        Map<String, String> env = WorkspaceExport.of(WORKSPACE, OUTPUTS, false).toEnvironment();
        assertThat(env).containsExactly(
                entry("SCHEMATICS_WORKSPACE_ID", "us-east.workspace.net-prod.1a2b3c4d"),
                entry("SCHEMATICS_WORKSPACE_NAME", "net-prod"),
                entry("SCHEMATICS_WORKSPACE_STATUS", "ACTIVE"),
                entry("SCHEMATICS_WORKSPACE_LOCATION", "us-east"),
                entry("SCHEMATICS_WORKSPACE_RESOURCE_GROUP", "default"),
                entry("SCHEMATICS_WORKSPACE_CRN", "crn:v1:x"),
                entry("SCHEMATICS_WORKSPACE_DESCRIPTION", "d"),
                entry("SCHEMATICS_WORKSPACE_STATUS_MESSAGE", "applied"),
                entry("SCHEMATICS_WORKSPACE_LOCKED", "false"),
                entry("SCHEMATICS_WORKSPACE_LOCKED_BY", ""),
                entry("SCHEMATICS_WORKSPACE_LOCKED_AT", ""),
                entry("SCHEMATICS_WORKSPACE_FROZEN", "true"),
                entry("SCHEMATICS_WORKSPACE_FROZEN_BY", "ops"),
                entry("SCHEMATICS_WORKSPACE_FROZEN_AT", ""),
                entry("SCHEMATICS_WORKSPACE_TEMPLATE_TYPE", "terraform_v1.5"),
                entry("SCHEMATICS_WORKSPACE_TEMPLATE_REPO_URL", "https://github.com/example/net"),
                entry("SCHEMATICS_WORKSPACE_TEMPLATE_BRANCH", "main"),
                entry("SCHEMATICS_WORKSPACE_TEMPLATE_COMMIT", "4f3c2b1a"),
                entry("SCHEMATICS_WORKSPACE_TAGS", "env:prod,team:net"),
                entry("SCHEMATICS_WORKSPACE_CREATED_AT", "2026-01-03T07:02:38.369965717Z"),
                entry("SCHEMATICS_WORKSPACE_CREATED_BY", "alice"),
                entry("SCHEMATICS_WORKSPACE_UPDATED_AT", ""),
                entry("SCHEMATICS_WORKSPACE_UPDATED_BY", ""),
                entry("SCHEMATICS_WORKSPACE_LAST_JOB_ID", "job-42"),
                entry("SCHEMATICS_WORKSPACE_LAST_JOB_NAME", "WORKSPACE_APPLY"),
                entry("SCHEMATICS_WORKSPACE_LAST_JOB_STATUS", "COMPLETED"),
                entry("SCHEMATICS_OUTPUT_CLUSTER_ID", "c0ffee01"),
                entry("SCHEMATICS_OUTPUT_NODE_COUNT", "3"),
                entry("SCHEMATICS_OUTPUT_ZONES", "[\"a\",\"b\"]"),
                entry("SCHEMATICS_OUTPUT_LABELS", "{\"env\":\"prod\"}"));
    }

    @Test
    void propertyNamesAreGolden() {
        WorkspaceExport export = WorkspaceExport.of(WORKSPACE, OUTPUTS, false);
        Map<String, String> properties = export.toProperties(WorkspaceExport.DEFAULT_PROPERTY_PREFIX);
        assertThat(properties).containsEntry("schematics.workspace.id", "us-east.workspace.net-prod.1a2b3c4d")
                .containsEntry("schematics.workspace.name", "net-prod")
                .containsEntry("schematics.workspace.status", "ACTIVE")
                .containsEntry("schematics.workspace.location", "us-east")
                .containsEntry("schematics.workspace.resourceGroup", "default")
                .containsEntry("schematics.workspace.lastJobStatus", "COMPLETED")
                .containsEntry("schematics.output.cluster_id", "c0ffee01")
                .containsEntry("schematics.output.node-count", "3")
                .doesNotContainKey("schematics.output.db_password");
        assertThat(properties).hasSize(30);
        assertThat(export.toProperties("infra.")).containsKey("infra.output.zones");
        assertThat(export.excludedSensitive()).containsExactly("db_password");
        assertThat(export.toString()).doesNotContain("hunter2-secret");
    }

    @Test
    void sensitiveOutputsAreExportedOnlyWhenAskedFor() {
        WorkspaceExport export = WorkspaceExport.of(WORKSPACE, OUTPUTS, true);
        assertThat(export.toEnvironment()).containsEntry("SCHEMATICS_OUTPUT_DB_PASSWORD", "hunter2-secret");
        assertThat(export.excludedSensitive()).isEmpty();
    }

    @Test
    void workspaceOnlyWhenOutputsAreNotRead() {
        assertThat(WorkspaceExport.of(WORKSPACE, null, false).entries()).hasSize(26)
                .allSatisfy((key, value) -> assertThat(key).startsWith("workspace."));
    }

    @Test
    void namesThatCollideAfterNormalisationAreAnError() {
        WorkspaceOutputs clashing = new WorkspaceOutputs(List.of(new TemplateOutputs("tpl", ".", "",
                List.of(Output.of("db-url", "a", null, false), Output.of("db_url", "b", null, false)))));
        assertThatThrownBy(() -> WorkspaceExport.of(WORKSPACE, clashing, false))
                .hasMessage("outputs 'db-url' and 'db_url' would both be exported as SCHEMATICS_OUTPUT_DB_URL: "
                        + "rename one of them in the Terraform template");
    }

    @Test
    void oneNameWithDifferentValuesInTwoTemplatesIsAnError() {
        WorkspaceOutputs twice = new WorkspaceOutputs(List.of(
                new TemplateOutputs("tpl-a", "a", "", List.of(Output.of("url", "https://a", null, false))),
                new TemplateOutputs("tpl-b", "b", "", List.of(Output.of("url", "https://b", null, false)))));
        assertThatThrownBy(() -> WorkspaceExport.of(WORKSPACE, twice, false))
                .hasMessageContaining("output 'url' has different values in templates tpl-a and tpl-b");
        WorkspaceOutputs same = new WorkspaceOutputs(List.of(
                new TemplateOutputs("tpl-a", "a", "", List.of(Output.of("url", "https://a", null, false))),
                new TemplateOutputs("tpl-b", "b", "", List.of(Output.of("url", "https://a", null, false)))));
        assertThat(WorkspaceExport.of(WORKSPACE, same, false).entries()).containsEntry("output.url", "https://a");
    }

    @Test
    void badPropertyPrefixIsNamed() {
        assertThatThrownBy(() -> WorkspaceExport.of(WORKSPACE, null, false).toProperties("bad prefix${"))
                .hasMessageStartingWith("propertyPrefix 'bad prefix${' is not usable");
    }
}
