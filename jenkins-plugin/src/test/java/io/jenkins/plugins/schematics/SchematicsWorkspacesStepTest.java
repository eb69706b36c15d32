package io.jenkins.plugins.schematics;

import hudson.model.Result;
import io.github.schematicsci.emulator.Emulator;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class SchematicsWorkspacesStepTest {
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
    void listsWorkspacesAsMaps() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        job.setDefinition(new CpsFlowDefinition("""
                def all = schematicsWorkspaces(credentialsId: 'ibm', region: 'us-south')
                echo "count=${all.size()} first=${all[0].name} status=${all[0].status}"
                echo "none in eu: ${schematicsWorkspaces(credentialsId: 'ibm', region: 'eu-de').isEmpty()}"
                """, true));
        WorkflowRun b = r.buildAndAssertSuccess(job);
        r.assertLogContains("count=1 first=app-infra status=ACTIVE", b);
        r.assertLogContains("none in eu: true", b);
        Fixtures.assertNoSecretInBuild(Fixtures.scanner(emulator), b);
    }

    @Test
    void anUnknownRegionIsNamed() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        job.setDefinition(new CpsFlowDefinition("schematicsWorkspaces(credentialsId: 'ibm', region: 'moon')", true));
        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));
        r.assertLogContains("region 'moon' is not a Schematics region", b);
    }

    @Test
    void configurationRoundTrips() throws Exception {
        SchematicsWorkspacesStep step = new SchematicsWorkspacesStep("ibm");
        step.setRegion("us");
        step.setResourceGroup("prod");
        step.setAccountId(Fixtures.ACCOUNT);
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
    }
}
