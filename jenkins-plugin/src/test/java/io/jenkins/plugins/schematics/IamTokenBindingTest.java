package io.jenkins.plugins.schematics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.Functions;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.tasks.BatchFile;
import hudson.tasks.Shell;
import io.github.schematicsci.emulator.Emulator;
import java.util.List;
import org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class IamTokenBindingTest {
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
    void theTokenIsMaskedAndTheAccountIdIsNot() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p");
        String print = Functions.isWindows() ? "bat 'echo token=%IBMCLOUD_IAM_TOKEN% account=%IBMCLOUD_ACCOUNT_ID%'"
                : "sh 'echo token=$IBMCLOUD_IAM_TOKEN account=$IBMCLOUD_ACCOUNT_ID'";
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  withCredentials([ibmCloudIamToken(credentialsId: 'ibm')]) {
                    %s
                  }
                }
                """.formatted(print), true));
        WorkflowRun b = r.buildAndAssertSuccess(job);
        r.assertLogContains("token=****", b);
        r.assertLogContains("account=" + Fixtures.ACCOUNT, b);
        assertFalse(emulator.issuedTokens().isEmpty());
        Fixtures.assertNoSecretInBuild(Fixtures.scanner(emulator), b);
        Fixtures.assertNoSecretOnDisk(r, Fixtures.scanner(emulator));
    }

    @Test
    void worksInFreestyleJobsThroughTheCredentialsBindingWrapper() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        IamTokenBinding binding = new IamTokenBinding("ibm");
        binding.setTokenVariable("TOKEN");
        p.getBuildWrappersList().add(new SecretBuildWrapper(List.of(binding)));
        p.getBuildersList().add(Functions.isWindows() ? new BatchFile("echo token=%TOKEN%") : new Shell("echo token=$TOKEN"));
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        r.assertLogContains("token=****", b);
        assertTrue(b.getSensitiveBuildVariables().contains("TOKEN"));
        assertFalse(b.getSensitiveBuildVariables().contains("IBMCLOUD_ACCOUNT_ID"));
        Fixtures.assertNoSecretInBuild(Fixtures.scanner(emulator), b);
    }

    @Test
    void snippetGeneratorRoundTrip() throws Exception {
        IamTokenBinding binding = new IamTokenBinding("ibm");
        binding.setAccountId(Fixtures.ACCOUNT);
        new SnippetizerTester(r).assertRoundTrip(
                new org.jenkinsci.plugins.credentialsbinding.impl.BindingStep(List.of(binding)),
                "withCredentials([ibmCloudIamToken(accountId: '" + Fixtures.ACCOUNT + "', credentialsId: 'ibm')]) {\n"
                        + "    // some block\n}");
    }
}
