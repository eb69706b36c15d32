package io.jenkins.plugins.schematics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.Functions;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.tasks.BatchFile;
import hudson.tasks.Shell;
import io.github.schematicsci.emulator.Emulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class SchematicsWorkspaceBuilderTest {
    private JenkinsRule r;
    private Emulator emulator;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        emulator = Fixtures.startEmulator();
        Fixtures.configure(emulator);
        Fixtures.store(r.jenkins, Fixtures.apiKey("ibm"));
    }

    @AfterEach
    void tearDown() {
        emulator.close();
    }

    @Test
    void exportsTheWorkspaceForLaterStepsButNoSensitiveOutput() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        SchematicsWorkspaceBuilder lookup = new SchematicsWorkspaceBuilder("ibm");
        lookup.setName(Fixtures.WS_NAME);
        lookup.setRegion("us-south");
        p.getBuildersList().add(lookup);
        p.getBuildersList().add(Functions.isWindows()
                ? new BatchFile("echo id=%SCHEMATICS_WORKSPACE_ID% cluster=%SCHEMATICS_OUTPUT_CLUSTER_ID%")
                : new Shell("echo id=$SCHEMATICS_WORKSPACE_ID cluster=$SCHEMATICS_OUTPUT_CLUSTER_ID"));
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        r.assertLogContains("id=" + Fixtures.WS_ID + " cluster=c-123", b);
        WorkspaceEnvironmentAction action = b.getAction(WorkspaceEnvironmentAction.class);
        assertEquals(Fixtures.WS_ID, action.getVariables().get("SCHEMATICS_WORKSPACE_ID"));
        assertEquals(null, action.getVariables().get("SCHEMATICS_OUTPUT_DB_PASSWORD"));
        Fixtures.assertNoSecretInBuild(Fixtures.scanner(emulator), b);
        Fixtures.assertNoSecretOnDisk(r, Fixtures.scanner(emulator));
    }

    @Test
    void configurationRoundTrips() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        SchematicsWorkspaceBuilder lookup = new SchematicsWorkspaceBuilder("ibm");
        lookup.setId(Fixtures.WS_ID);
        lookup.setRequireStatus("ACTIVE");
        lookup.setOutputs(false);
        p.getBuildersList().add(lookup);
        r.configRoundtrip(p);
        r.assertEqualDataBoundBeans(lookup, p.getBuildersList().get(SchematicsWorkspaceBuilder.class));
    }
}
