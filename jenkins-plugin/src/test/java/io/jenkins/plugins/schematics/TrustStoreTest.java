package io.jenkins.plugins.schematics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import hudson.util.Secret;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Route;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global configuration's trust store, end to end: Pipeline steps against an emulator that serves HTTPS with a
 * certificate of its own. Refused without the trust store, accepted with the one saved on the system page, and a
 * missing file fails the build naming the setting, before any request.
 */
@WithJenkins
class TrustStoreTest {
    private static final String STORE_PASSWORD = "Jenkins-Trust-Store-Pass-4711";

    private JenkinsRule r;
    private Emulator emulator;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        emulator = Fixtures.startEmulator(true);
        Fixtures.configure(emulator);
        Fixtures.store(r.jenkins, Fixtures.apiKey("ibm"));
    }

    @AfterEach
    void tearDown() {
        emulator.close();
    }

    private WorkflowRun lookup(Result expected) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        job.setDefinition(new CpsFlowDefinition("""
                def ws = schematicsWorkspace(credentialsId: 'ibm', id: '%s')
                echo "status=${ws.status}"
                """.formatted(Fixtures.WS_ID), true));
        WorkflowRun b = r.assertBuildStatus(expected, job.scheduleBuild2(0));
        Fixtures.assertNoSecretInBuild(Fixtures.scanner(emulator, STORE_PASSWORD), b);
        return b;
    }

    @Test
    void withoutATrustStoreTheCertificateIsNotTrusted() throws Exception {
        WorkflowRun b = lookup(Result.FAILURE);
        r.assertLogContains("certificate not trusted", b);
        r.assertLogContains("IBM Cloud Schematics → trustStorePath", b);
        r.assertLogNotContains("\tat ", b);
        assertEquals(0, emulator.requests().count());
    }

    @Test
    void theTrustStoreSavedOnTheSystemPageIsUsed() throws Exception {
        Path store = Fixtures.trustStore(emulator, r.jenkins.getRootDir().toPath().resolve("ibm-ca.p12"),
                STORE_PASSWORD);
        IbmCloudSchematicsConfiguration config = IbmCloudSchematicsConfiguration.get();
        config.setTrustStorePath(store.toString());
        config.setTrustStorePassword(Secret.fromString(STORE_PASSWORD));
        r.configRoundtrip(); // as an administrator saves the page: the password goes out and back encrypted

        WorkflowRun b = lookup(Result.SUCCESS);
        r.assertLogContains("status=ACTIVE", b);
        assertEquals(1, emulator.requests().count(Route.WORKSPACE_GET));
        Fixtures.assertNoSecretOnDisk(r, Fixtures.scanner(emulator, STORE_PASSWORD));
    }

    @Test
    void aMissingTrustStoreFailsTheBuildNamingTheSettingBeforeAnyRequest() throws Exception {
        Path missing = r.jenkins.getRootDir().toPath().resolve("missing-ca.p12");
        IbmCloudSchematicsConfiguration.get().setTrustStorePath(missing.toString());
        WorkflowRun b = lookup(Result.FAILURE);
        r.assertLogContains("IBM Cloud Schematics global configuration: trustStorePath '" + missing
                + "' is not a file on the Jenkins controller", b);
        r.assertLogNotContains("\tat ", b);
        assertEquals(0, emulator.requests().count());
    }
}
