package io.jenkins.plugins.schematics;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Result;
import hudson.util.Secret;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Fault;
import io.github.schematicsci.emulator.Route;
import java.time.Duration;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class SchematicsWorkspaceStepTest {
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

    private WorkflowRun run(WorkflowJob job, String script, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(script, true));
        WorkflowRun b = r.assertBuildStatus(expected, job.scheduleBuild2(0));
        Fixtures.assertNoSecretInBuild(Fixtures.scanner(emulator), b);
        return b;
    }

    @Test
    void scriptedPipelineGetsTheWorkspaceAndItsOutputs() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        WorkflowRun b = run(job, """
                def ws = schematicsWorkspace(credentialsId: 'ibm', id: '%s')
                echo "status=${ws.status} cluster=${ws.outputs.cluster_id} replicas=${ws.outputs.replicas}"
                echo "sensitive present: ${ws.outputs.containsKey('db_password')}"
                """.formatted(Fixtures.WS_ID), Result.SUCCESS);
        r.assertLogContains("status=ACTIVE cluster=c-123 replicas=3", b);
        r.assertLogContains("sensitive present: false", b);
        Fixtures.assertNoSecretOnDisk(r, Fixtures.scanner(emulator));
    }

    @Test
    void declarativePipelineByNameNeedsNoAgent() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "d");
        WorkflowRun b = run(job, """
                pipeline {
                  agent none
                  stages {
                    stage('look up') {
                      steps {
                        script {
                          def ws = schematicsWorkspace credentialsId: 'ibm', name: '%s', region: 'us-south'
                          echo "id=${ws.id}"
                        }
                      }
                    }
                  }
                }
                """.formatted(Fixtures.WS_NAME), Result.SUCCESS);
        r.assertLogContains("id=" + Fixtures.WS_ID, b);
    }

    @Test
    void folderScopedCredentialsAreFoundAndTracked() throws Exception {
        Folder folder = r.jenkins.createProject(Folder.class, "team");
        Fixtures.store(folder, Fixtures.apiKey("team-ibm"));
        WorkflowJob job = folder.createProject(WorkflowJob.class, "p");
        run(job, "echo schematicsWorkspace(credentialsId: 'team-ibm', id: '" + Fixtures.WS_ID + "').name",
                Result.SUCCESS);
        WorkflowJob outside = r.createProject(WorkflowJob.class, "outside");
        WorkflowRun b = run(outside, "schematicsWorkspace(credentialsId: 'team-ibm', id: '" + Fixtures.WS_ID + "')",
                Result.FAILURE);
        r.assertLogContains("credentialsId 'team-ibm': no credential with this id is visible to this build", b);
    }

    @Test
    void secretTextAndUsernamePasswordAreAccepted() throws Exception {
        Fixtures.store(r.jenkins, new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", "",
                Secret.fromString(Fixtures.API_KEY)));
        Fixtures.store(r.jenkins, new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "alice", "",
                Fixtures.USER, Fixtures.PASSWORD));
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        WorkflowRun b = run(job, """
                echo schematicsWorkspace(credentialsId: 'text', id: '%1$s', outputs: false).status
                echo schematicsWorkspace(credentialsId: 'alice', id: '%1$s', accountId: '%2$s').status
                """.formatted(Fixtures.WS_ID, Fixtures.ACCOUNT), Result.SUCCESS);
        r.assertLogContains("(IBMid password …", b);
    }

    @Test
    void anUnusableCredentialTypeFailsWithoutAStackTrace() throws Exception {
        Fixtures.store(r.jenkins, new FileCredentialsImpl(CredentialsScope.GLOBAL, "file", "", "key.txt",
                com.cloudbees.plugins.credentials.SecretBytes.fromString("x")));
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        WorkflowRun b = run(job, "schematicsWorkspace(credentialsId: 'file', id: '" + Fixtures.WS_ID + "')",
                Result.FAILURE);
        r.assertLogContains("credential 'file' (Secret file) cannot be used for IBM Cloud: use an", b);
        r.assertLogNotContains("\tat ", b);
    }

    @Test
    void badParametersFailBeforeAnyRequest() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        WorkflowRun b = run(job, "schematicsWorkspace(credentialsId: 'ibm', id: '" + Fixtures.WS_ID
                + "', name: 'both')", Result.FAILURE);
        r.assertLogContains("both id and name are given", b);
        r.assertLogNotContains("\tat ", b);
        org.junit.jupiter.api.Assertions.assertEquals(0, emulator.requests().count());
    }

    @Test
    void requireStatusFailsTheBuild() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        WorkflowRun b = run(job, "schematicsWorkspace(credentialsId: 'ibm', id: '" + Fixtures.WS_ID
                + "', requireStatus: 'INACTIVE')", Result.FAILURE);
        r.assertLogContains("is ACTIVE, but requireStatus allows only INACTIVE", b);
    }

    @Test
    void theStepCanBeAborted() throws Exception {
        emulator.faults().next(Route.WORKSPACE_GET, Fault.delay(Duration.ofSeconds(20)));
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        job.setDefinition(new CpsFlowDefinition(
                "schematicsWorkspace(credentialsId: 'ibm', id: '" + Fixtures.WS_ID + "')", true));
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        r.waitForMessage("Looking up Schematics", b);
        b.doStop();
        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));
    }

    @Test
    void configurationRoundTripsThroughTheFormAndTheSnippetGenerator() throws Exception {
        SchematicsWorkspaceStep step = new SchematicsWorkspaceStep("ibm");
        step.setName("app-infra");
        step.setRegion("eu-de");
        step.setResourceGroup("default");
        step.setRequireStatus("ACTIVE");
        step.setOutputs(false);
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));
        new SnippetizerTester(r).assertRoundTrip(step, "schematicsWorkspace credentialsId: 'ibm', name: 'app-infra', "
                + "outputs: false, region: 'eu-de', requireStatus: 'ACTIVE', resourceGroup: 'default'");
        new SnippetizerTester(r).assertRoundTrip(new SchematicsWorkspacesStep("ibm"),
                "schematicsWorkspaces credentialsId: 'ibm'");
    }
}
