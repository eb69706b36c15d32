package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.emulator.leaks.Finding;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.github.schematicsci.emulator.leaks.SecretLeakExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The leak guard the other tests rely on can fail: secrets planted in a build log the way this plugin writes one
 * (core's messages through {@link BuildLog}) are found, in the forms they would take, and reported without being
 * shown. If the guard could not see them, every "no secret in the log" check of these tests would prove nothing.
 */
class LeakGuardTest {
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
            cloud.assertLogHasNoSecret(); // the planted lines were removed; the rest of the log must be clean
        } finally {
            cloud.close();
        }
    }

    @Test
    void aTokenAKeyAndASensitiveValuePlantedInTheBuildLogAreFoundAndNotShown() throws Exception {
        String token = cloud.service().token(new TokenParameters("ibm", null, null, null)).secretValues()
                .get("IBMCLOUD_IAM_TOKEN");
        LeakScanner scanner = cloud.leakScanner();
        assertThat(scanner.scan("build log", cloud.log())).as("the honest log").isEmpty();
        int honestLines = cloud.log().split("\n").length;

        // what a careless message from core or from this plugin would look like in a Jenkins build log
        try (BuildLog.Scope scope = BuildLog.to(cloud.log)) {
            BuildLog.INSTANCE.info("GET /v1/workspaces with Authorization: Bearer " + token);
            BuildLog.INSTANCE.warn("IAM refused Authorization: Basic " + Base64.getEncoder().encodeToString(
                    ("apikey:" + TestCloud.API_KEY).getBytes(StandardCharsets.UTF_8)));
        }
        cloud.log.println("db_password=" + TestCloud.SENSITIVE_VALUE); // a script's echo of includeSensitive output

        List<Finding> findings = scanner.scan("build log", cloud.log());
        assertThat(findings).extracting(Finding::form).containsExactly("plain", "base64", "plain");
        assertThat(findings.get(0).kind()).startsWith("issued token #");
        assertThat(findings.get(0).line()).isEqualTo(honestLines + 1);
        assertThat(findings.get(0).fingerprint()).isEqualTo(LeakScanner.fingerprint(token));
        assertThat(findings.get(1).kind()).startsWith("seeded secret #");
        assertThat(findings.get(2).kind()).isEqualTo("extra secret #1");
        assertThatThrownBy(() -> LeakScanner.assertClean(findings))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("build log:" + (honestLines + 1) + ": issued token #")
                .satisfies(e -> LeakScanner.of(List.of(token, TestCloud.API_KEY, TestCloud.SENSITIVE_VALUE))
                        .assertNoLeaks("the guard's own report", e.getMessage()));

        cloud.logBytes.reset(); // planted on purpose: keep them away from the after-test checks
    }

    @Test
    void coresOwnMessagesInTheBuildLogAreClean() throws Exception {
        // a full lookup with core's progress routed to the log: the baseline the planted test departs from
        cloud.service(cloud.settings("us-south")).workspace(WorkspaceParameters.builder().credentialsId("alice")
                .accountId(TestCloud.ACCOUNT).name(TestCloud.WS_NAME).includeSensitive(true).build());
        assertThat(cloud.log()).contains("[IBM Cloud] found workspace");
        assertThat(cloud.leakScanner().secretCount()).as("seeded secrets, issued tokens, the sensitive value")
                .isGreaterThanOrEqualTo(4);
        cloud.assertLogHasNoSecret();
    }
}
