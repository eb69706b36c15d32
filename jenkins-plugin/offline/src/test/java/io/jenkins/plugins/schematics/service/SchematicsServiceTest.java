package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import io.github.schematicsci.emulator.leaks.Finding;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.github.schematicsci.emulator.leaks.SecretLeakExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The steps', builder's and binding's logic against the emulator, through the credential seam (a map standing in
 * for Jenkins' credential stores). The shared leak guard watches every test (output, logging, files under
 * {@code target/}), and every test also scans its build log.
 */
class SchematicsServiceTest {
    private TestCloud cloud;

    @RegisterExtension
    final SecretLeakExtension leaks = TestCloud.leakGuard(() -> cloud);

    @BeforeEach
    void start() throws IOException {
        cloud = new TestCloud();
    }

    @AfterEach
    void stop() {
        try {
            cloud.assertLogHasNoSecret();
        } finally {
            cloud.close();
        }
    }

    private static WorkspaceParameters.Builder byId() {
        return WorkspaceParameters.builder().credentialsId("ibm").id(TestCloud.WS_ID);
    }

    // ---- schematicsWorkspace

    @Test
    void workspaceByIdReturnsItsFieldsAndNonSensitiveOutputs() throws Exception {
        Map<String, Object> ws = cloud.service().workspace(byId().build());

        assertThat(ws).containsEntry("id", TestCloud.WS_ID).containsEntry("name", TestCloud.WS_NAME)
                .containsEntry("status", "ACTIVE").containsEntry("location", "us-south")
                .containsEntry("resourceGroup", "default").containsEntry("locked", false)
                .containsEntry("tags", List.of("env:test"));
        assertThat(ws.keySet()).startsWith("id", "name", "status").endsWith("outputs");
        @SuppressWarnings("unchecked")
        Map<String, Object> outputs = (Map<String, Object>) ws.get("outputs");
        assertThat(outputs).containsOnlyKeys("cluster_id", "replicas", "endpoints", "labels");
        assertThat(outputs.get("cluster_id")).isEqualTo("c-123");
        assertThat(((Number) outputs.get("replicas")).intValue()).isEqualTo(3);
        assertThat(outputs.get("endpoints")).isEqualTo(List.of("a.example.com", "b.example.com"));
        assertThat(outputs.get("labels")).isInstanceOf(Map.class);
        assertThat(cloud.log()).contains("Left out sensitive outputs: db_password")
                .contains("with credential 'ibm' (API key …");
        assertThat(cloud.resolved).containsExactly("ibm");
    }

    @Test
    void theReturnedMapIsPlainMutableAndSerializable() throws Exception {
        Map<String, Object> ws = cloud.service().workspace(byId().build());
        assertPlainValues(ws);

        byte[] bytes = serialize(ws);
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            copy = in.readObject();
        }
        assertThat(copy).isEqualTo(ws);
        // what Pipeline writes to program.dat: no key, no token, no sensitive output
        LeakScanner.assertClean(cloud.leakScanner().scan("the serialized map", bytes));
        cloud.leakScanner().assertNoLeaks("the map", ws.toString());
        ws.put("added by a script", true); // scripts may change what they got
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** Only what Pipeline can store and the sandbox can read: LinkedHashMap, ArrayList, String, Number, Boolean. */
    private static void assertPlainValues(Object value) {
        if (value instanceof Map<?, ?> map) {
            assertThat(map).isInstanceOf(LinkedHashMap.class);
            map.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertPlainValues(v);
            });
        } else if (value instanceof List<?> list) {
            assertThat(list).isInstanceOf(ArrayList.class);
            list.forEach(SchematicsServiceTest::assertPlainValues);
        } else if (value != null) {
            assertThat(value).isInstanceOfAny(String.class, Long.class, Integer.class, BigDecimal.class, Boolean.class);
        }
    }

    @Test
    void workspaceByNameSearchesTheDefaultRegionAndLogsThroughCore() throws Exception {
        Map<String, Object> ws = cloud.service(cloud.settings("us-south"))
                .workspace(WorkspaceParameters.builder().credentialsId("ibm").name(TestCloud.WS_NAME).build());
        assertThat(ws).containsEntry("id", TestCloud.WS_ID);
        // core's own message, routed to this build's log by BuildLog
        assertThat(cloud.log()).contains("[IBM Cloud] found workspace 'app-infra' (" + TestCloud.WS_ID + ")");
        assertThat(cloud.emulator.requests().all()).filteredOn(r -> r.route() == Route.WORKSPACES_LIST)
                .allSatisfy(r -> assertThat(r.region()).isEqualTo("us-south"));
    }

    @Test
    void outputsFalseReadsNoOutputs() throws Exception {
        Map<String, Object> ws = cloud.service().workspace(byId().outputs(false).build());
        assertThat(ws.get("outputs")).isEqualTo(Map.of());
        assertThat(cloud.emulator.requests().count(Route.WORKSPACE_OUTPUTS)).isZero();
    }

    @Test
    void includeSensitiveReturnsThemAndWarns() throws Exception {
        Map<String, Object> ws = cloud.service().workspace(byId().includeSensitive(true).build());
        assertThat(ws.get("outputs")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("db_password", TestCloud.SENSITIVE_VALUE);
        assertThat(cloud.log()).contains("WARNING: includeSensitive is true: sensitive outputs db_password");
        // asked for, so it is in what Pipeline would store, and the guard's scan of the same bytes finds it
        List<Finding> findings = cloud.leakScanner().scan("the serialized map", serialize(ws));
        assertThat(findings).extracting(Finding::kind).containsExactly("extra secret #1");
        assertThat(LeakScanner.describe(findings)).doesNotContain(TestCloud.SENSITIVE_VALUE);
    }

    @Test
    void requireStatusStopsTheBuildNamingTheStatus() {
        assertThatThrownBy(() -> cloud.service().workspace(
                WorkspaceParameters.builder().credentialsId("ibm").id(TestCloud.FAILED_ID).requireStatus("ACTIVE").build()))
                .isInstanceOf(StepFailure.class)
                .hasMessage("workspace 'broken' (" + TestCloud.FAILED_ID + ") is FAILED, but requireStatus allows only "
                        + "ACTIVE");
    }

    @Test
    void badParametersFailBeforeTheCredentialOrAnyRequest() {
        assertThatThrownBy(() -> cloud.service().workspace(byId().name("also").build()))
                .isInstanceOf(StepFailure.class).hasMessageContaining("both id and name are given");
        assertThatThrownBy(() -> cloud.service().workspaces(new ListParameters("ibm", "nowhere", null, null)))
                .isInstanceOf(StepFailure.class).hasMessageStartingWith("region 'nowhere'");
        assertThatThrownBy(() -> cloud.service().token(new TokenParameters("ibm", null, "BAD NAME", null)))
                .isInstanceOf(StepFailure.class).hasMessageStartingWith("tokenVariable 'BAD NAME'");
        assertThat(cloud.resolved).isEmpty();
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void anUnknownCredentialFailsWithoutARequest() {
        assertThatThrownBy(() -> cloud.service().workspace(byId().credentialsId("missing").build()))
                .isInstanceOf(StepFailure.class).hasMessageStartingWith("credentialsId 'missing': no credential");
        assertThat(cloud.emulator.requests().count()).isZero();
    }

    @Test
    void aRefusedKeyIsReportedWithoutTheKey() throws Exception {
        String wrongKey = "not-a-key-the-emulator-knows-1234567890";
        cloud.store.put("wrong", TestCloud.CredentialKindsAccess.apiKey("wrong", wrongKey));
        LeakScanner wrong = LeakScanner.of(List.of(wrongKey));
        assertThatThrownBy(() -> cloud.service().workspace(byId().credentialsId("wrong").build()))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("BXNIM0415E")
                .satisfies(e -> wrong.assertNoLeaks("the message", e.getMessage()))
                // the failure and its causes, as Java serialization would write them: no key there either
                .satisfies(e -> LeakScanner.assertClean(wrong.scan("the serialized failure", serialize(e))));
        wrong.assertNoLeaks("build log", cloud.log());
    }

    @Test
    void aMissingWorkspaceNamesIdAndRegion() {
        String id = "us-south.workspace.gone.00000000";
        assertThatThrownBy(() -> cloud.service().workspace(byId().id(id).build()))
                .isInstanceOf(StepFailure.class).hasMessageContaining(id).hasMessageContaining("us-south");
    }

    @Test
    void aServiceOutageIsAStepFailureWithCoresMessage() {
        cloud.emulator.faults().next(Route.WORKSPACE_GET, 10, Fault.status(400));
        assertThatThrownBy(() -> cloud.service().workspace(byId().build()))
                .isInstanceOf(StepFailure.class).hasMessageContaining("HTTP 400");
    }

    @Test
    @Timeout(60)
    void aReadTimeoutFailsWithCoresMessageAndIsNotMistakenForAnAbort() {
        // SocketTimeoutException is an InterruptedIOException; only a real interrupt may become an abort
        cloud.emulator.faults().next(Route.WORKSPACE_GET, 10, Fault.delay(Duration.ofSeconds(3)));
        ConnectionSettings quick = cloud.settingsBuilder().readTimeoutSeconds(1).build();
        assertThatThrownBy(() -> cloud.service(quick).workspace(byId().outputs(false).build()))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("timed out");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anIbmIdPasswordWorksInTheAccountAskedFor() throws Exception {
        Map<String, Object> ws = cloud.service().workspace(
                byId().credentialsId("alice").accountId(TestCloud.ACCOUNT).build());
        assertThat(ws).containsEntry("id", TestCloud.WS_ID);
        assertThat(cloud.log()).contains("credential 'alice' (IBMid password …");
    }

    // ---- schematicsWorkspaces

    @Test
    void listReturnsEveryWorkspaceAsPlainSerializableMaps() throws Exception {
        List<Map<String, Object>> all = cloud.service().workspaces(new ListParameters("ibm", null, null, null));
        assertThat(all).extracting(m -> m.get("id")).containsExactlyInAnyOrder(TestCloud.WS_ID, TestCloud.FAILED_ID);
        assertThat(all).isInstanceOf(ArrayList.class).allSatisfy(SchematicsServiceTest::assertPlainValues);
        assertThat(all).allSatisfy(m -> assertThat(m).doesNotContainKey("outputs"));
        assertThat(cloud.log()).contains("Found 2 workspaces");

        List<Map<String, Object>> europe = cloud.service().workspaces(new ListParameters("ibm", "eu-de", "default", null));
        assertThat(europe).extracting(m -> m.get("id")).containsExactly(TestCloud.FAILED_ID);
    }

    // ---- the freestyle builder's export

    @Test
    void environmentUsesCoresNamesAndNeverASensitiveOutput() throws Exception {
        Map<String, String> env = cloud.service().environment(byId().build());
        assertThat(env).containsEntry("SCHEMATICS_WORKSPACE_ID", TestCloud.WS_ID)
                .containsEntry("SCHEMATICS_WORKSPACE_NAME", TestCloud.WS_NAME)
                .containsEntry("SCHEMATICS_WORKSPACE_STATUS", "ACTIVE")
                .containsEntry("SCHEMATICS_WORKSPACE_RESOURCE_GROUP", "default")
                .containsEntry("SCHEMATICS_OUTPUT_CLUSTER_ID", "c-123")
                .containsEntry("SCHEMATICS_OUTPUT_REPLICAS", "3")
                .containsEntry("SCHEMATICS_OUTPUT_ENDPOINTS", "[\"a.example.com\",\"b.example.com\"]")
                .doesNotContainKey("SCHEMATICS_OUTPUT_DB_PASSWORD");
        assertThat(env.keySet()).allMatch(name -> name.matches("SCHEMATICS_[A-Z0-9_]+"));
        cloud.leakScanner().assertNoLeaks("the exported environment", env.toString());
        assertThat(cloud.log()).contains("Exported SCHEMATICS_WORKSPACE_ID, ")
                .contains("Left out sensitive outputs: db_password");
    }

    // ---- the ibmCloudIamToken binding

    @Test
    void tokenIsASecretValueAndTheAccountIdAPublicOne() throws Exception {
        BoundToken bound = cloud.service().token(new TokenParameters("ibm", null, null, null));

        assertThat(bound.secretValues()).containsOnlyKeys("IBMCLOUD_IAM_TOKEN");
        assertThat(cloud.emulator.issuedTokens()).contains(bound.secretValues().get("IBMCLOUD_IAM_TOKEN"));
        assertThat(bound.publicValues()).containsExactly(Map.entry("IBMCLOUD_ACCOUNT_ID", TestCloud.ACCOUNT));
        assertThat(bound.expiration()).isAfter(cloud.emulator.clock().instant());
        cloud.leakScanner().assertNoLeaks("BoundToken.toString()", bound.toString());
        assertThat(cloud.log()).contains("IAM token for credential 'ibm' (API key …")
                .contains("in account " + TestCloud.ACCOUNT);
    }

    @Test
    void tokenVariablesCanBeRenamedAndThePasswordGrantTakesAnAccount() throws Exception {
        BoundToken bound = cloud.service().token(new TokenParameters("alice", TestCloud.OTHER_ACCOUNT, "TF_VAR_token",
                "TF_VAR_account"));
        assertThat(bound.secretValues()).containsOnlyKeys("TF_VAR_token");
        assertThat(bound.publicValues()).containsExactly(Map.entry("TF_VAR_account", TestCloud.OTHER_ACCOUNT));
    }

    @Test
    void aSecondBindingReusesTheCachedToken() throws Exception {
        String first = cloud.service().token(new TokenParameters("ibm", null, null, null)).secretValues().values()
                .iterator().next();
        String second = cloud.service().token(new TokenParameters("ibm", null, null, null)).secretValues().values()
                .iterator().next();
        assertThat(second).isEqualTo(first);
        assertThat(cloud.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
    }
}
