package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class OutputsTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed());
    private final SchematicsClient workspaces = fixture.cloud(ApiKey.of(TestSeeds.KEY_A)).workspaces();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void everyJsonTypeIsKeptInOrderWithTypeAndSensitivity() {
        WorkspaceOutputs outputs = workspaces.outputs(TestWorkspaces.NET_EAST, null);
        assertThat(outputs.templates()).singleElement().satisfies(t -> {
            assertThat(t.templateId()).isEqualTo("tpl-net");
            assertThat(t.folder()).isEqualTo(".");
            assertThat(t.valueType()).isEqualTo("terraform_v1.5");
        });
        Map<String, Output> merged = outputs.merged();
        assertThat(merged.keySet()).containsExactly("cluster_id", "node_count", "ha", "zones", "tags", "ratio",
                "db_password", "nothing");
        assertThat(merged.get("cluster_id").value()).isEqualTo("c0ffee01");
        assertThat(merged.get("cluster_id").type()).contains("string");
        assertThat(merged.get("node_count").value()).isEqualTo(3);
        assertThat(merged.get("node_count").valueAsText()).isEqualTo("3");
        assertThat(merged.get("ha").value()).isEqualTo(true);
        assertThat(merged.get("zones").value()).isEqualTo(List.of("us-east-1", "us-east-2"));
        assertThat(merged.get("zones").valueAsText()).isEqualTo("[\"us-east-1\",\"us-east-2\"]");
        assertThat(merged.get("zones").type()).contains("[\"list\",\"string\"]");
        assertThat(merged.get("tags").value()).isEqualTo(Map.of("env", "prod", "team", "net"));
        assertThat(merged.get("tags").valueAsText()).isEqualTo("{\"env\":\"prod\",\"team\":\"net\"}");
        assertThat(merged.get("ratio").value()).isEqualTo(new BigDecimal("0.75"));
        assertThat(merged.get("nothing").value()).isNull();
        assertThat(merged.get("nothing").valueAsText()).isEmpty();
        assertThat(merged.get("db_password").sensitive()).isTrue();
        assertThat(merged.get("db_password").toString()).isEqualTo("db_password=(sensitive)");
        assertThat(outputs.toString()).doesNotContain("SensitiveOutputValue-123");
        assertThat(outputs.clashes()).isEmpty();
    }

    @Test
    void namesInSeveralTemplatesAreReportedAsClashes() {
        WorkspaceOutputs outputs = workspaces.outputs(TestWorkspaces.APP_SOUTH, Region.US_SOUTH);
        assertThat(outputs.templates()).extracting(TemplateOutputs::templateId).containsExactly("tpl-a", "tpl-b");
        assertThat(outputs.merged().keySet()).containsExactly("url", "shared", "port");
        assertThat(outputs.clashes()).containsExactly("shared");
    }

    @Test
    void aWorkspaceWithoutOutputsHasNone() {
        assertThat(workspaces.outputs(workspaces.get(TestWorkspaces.DB_TOR)).isEmpty()).isTrue();
    }
}
