package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages behind the forms' doCheck methods: null when fine, the build's own message otherwise. */
class FieldChecksTest {
    @Test
    void workspaceIdOrName() {
        assertThat(FieldChecks.workspaceIdOrName(TestCloud.WS_ID, "")).isNull();
        assertThat(FieldChecks.workspaceIdOrName("", "app-infra")).isNull();
        assertThat(FieldChecks.workspaceIdOrName("", "")).contains("neither id nor name is given");
        assertThat(FieldChecks.workspaceIdOrName(TestCloud.WS_ID, "app-infra")).contains("both id and name are given");
    }

    @Test
    void regionAndStatus() {
        assertThat(FieldChecks.region("")).isNull();
        assertThat(FieldChecks.region("EU-DE")).isNull();
        assertThat(FieldChecks.region("moon")).startsWith("region 'moon' is not a Schematics region");
        assertThat(FieldChecks.requireStatus("ACTIVE")).isNull();
        assertThat(FieldChecks.requireStatus("ACT1VE")).startsWith("requireStatus 'ACT1VE' is not a list");
    }

    @Test
    void variables() {
        assertThat(FieldChecks.variable("tokenVariable", "")).isNull();
        assertThat(FieldChecks.variable("tokenVariable", "MY_TOKEN")).isNull();
        assertThat(FieldChecks.variable("tokenVariable", "MY TOKEN")).startsWith("tokenVariable 'MY TOKEN' is not");
    }

    @Test
    void apiKeyShapeIsCheckedWithoutEchoingTheKey() {
        String key = "abc def-ghi";
        String message = FieldChecks.apiKey(key);
        assertThat(message).startsWith("apiKey contains a space");
        LeakScanner.of(List.of(key, "def-ghi")).assertNoLeaks("the apiKey check", message);
        String broken = "line-of-key\nbreak-in-key";
        assertThat(FieldChecks.apiKey(broken)).contains("line break");
        LeakScanner.of(List.of(broken, "line-of-key", "break-in-key")).assertNoLeaks("the apiKey check",
                FieldChecks.apiKey(broken));
        assertThat(FieldChecks.apiKey("")).startsWith("apiKey is empty");
        assertThat(FieldChecks.apiKey(TestCloud.API_KEY)).isNull();
    }

    @Test
    void globalConfigurationFields() {
        assertThat(FieldChecks.endpoint("iamUrl", "")).isNull();
        assertThat(FieldChecks.endpoint("iamUrl", "https://private.iam.cloud.ibm.com")).isNull();
        assertThat(FieldChecks.endpoint("iamUrl", "http://iam.example.com")).contains("iamUrl");
        assertThat(FieldChecks.endpoint("schematicsUrl", "https://{zone}.example.com")).contains("schematicsUrl");
        assertThat(FieldChecks.endpoint("accountsUrl", "ftp://x")).contains("accountsUrl");
        assertThat(FieldChecks.timeout("readTimeoutSeconds", 0))
                .isEqualTo("readTimeoutSeconds 0 is out of range: use 1 to 600 seconds");
        assertThat(FieldChecks.timeout("connectTimeoutSeconds", 10)).isNull();
        assertThat(FieldChecks.defaultRegion("pluto")).startsWith("defaultRegion 'pluto' is not a Schematics region");
        assertThat(FieldChecks.trustStore("relative/store.p12", "", null))
                .contains("trustStorePath 'relative/store.p12' is relative");
        assertThat(FieldChecks.trustStore("", "PEM", null))
                .isEqualTo("trustStoreType 'PEM' is not supported: use PKCS12 or JKS");
        assertThat(FieldChecks.trustStore("", "jks", null)).isNull();
        // opening real stores with their passwords: TrustStoreTest
    }
}
