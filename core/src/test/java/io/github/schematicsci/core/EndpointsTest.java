package io.github.schematicsci.core;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.workspace.Region;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointsTest extends GuardedTest {
    @Test
    void publicAndPrivateDefaults() {
        Endpoints endpoints = Endpoints.publicEndpoints();
        assertThat(endpoints.iam()).hasToString("https://iam.cloud.ibm.com/");
        assertThat(endpoints.schematics(Region.EU_DE)).hasToString("https://eu-de.schematics.cloud.ibm.com/");
        assertThat(Endpoints.privateEndpoints().schematics(Region.CA_TOR))
                .hasToString("https://private-ca-tor.schematics.cloud.ibm.com/");
        assertThat(Endpoints.privateEndpoints().iam()).hasToString("https://private.iam.cloud.ibm.com/");
    }

    @Test
    void fixedSchematicsUrlServesEveryRegion() {
        Endpoints endpoints = Endpoints.builder().schematics("https://schematics.internal.example.com/v1").build();
        assertThat(endpoints.schematicsIsFixed()).isTrue();
        assertThat(endpoints.schematics(Region.US_EAST)).hasToString("https://schematics.internal.example.com/");
    }

    @Test
    void iamUrlMayIncludeTheTokenPath() {
        assertThat(Endpoints.builder().iam("https://iam.test.cloud.ibm.com/identity/token").build().iam())
                .hasToString("https://iam.test.cloud.ibm.com/");
    }

    @Test
    void loopbackMayUsePlainHttp() {
        Endpoints endpoints = Endpoints.builder().iam("http://127.0.0.1:8080").accounts("http://localhost:1")
                .schematics("http://[::1]:9/schematics/{region}").build();
        assertThat(endpoints.schematics(Region.US)).hasToString("http://[::1]:9/schematics/us");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://iam.cloud.ibm.com", "http://10.0.0.1:8080", "http://example.com"})
    void plainHttpToOtherHostsIsRefused(String url) {
        assertThatThrownBy(() -> Endpoints.builder().iam(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("iamUrl '")
                .hasMessageContaining("uses http:// to a non-loopback host: use https://");
    }

    @Test
    void userInfoIsRefusedAndNotEchoed() {
        assertThatThrownBy(() -> Endpoints.builder().accounts("https://user:s3cret-pw@accounts.cloud.ibm.com"))
                .hasMessageStartingWith("accountsUrl '")
                .hasMessageContaining("contains user info")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-pw"));
    }

    @Test
    void badTemplatesAndUrlsAreNamed() {
        assertThatThrownBy(() -> Endpoints.builder().schematics("https://{regoin}.schematics.cloud.ibm.com"))
                .hasMessageContaining("schematicsUrl")
                .hasMessageContaining("placeholder other than {region}");
        assertThatThrownBy(() -> Endpoints.builder().schematics(" ")).hasMessageStartingWith("schematicsUrl is empty");
        assertThatThrownBy(() -> Endpoints.builder().iam("ftp://iam")).hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> Endpoints.builder().iam("https://iam.cloud.ibm.com?x=1"))
                .hasMessageContaining("has a query or fragment");
    }

    @Test
    void environmentOverridesApply() {
        Endpoints endpoints = Endpoints.builder().fromEnvironment(Map.of(
                "IBMCLOUD_IAM_API_ENDPOINT", "https://private.iam.cloud.ibm.com",
                "IBMCLOUD_SCHEMATICS_API_ENDPOINT", "https://private-{region}.schematics.cloud.ibm.com",
                "IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT", " ")).build();
        assertThat(endpoints.iam().host()).isEqualTo("private.iam.cloud.ibm.com");
        assertThat(endpoints.schematics(Region.EU_GB).host()).isEqualTo("private-eu-gb.schematics.cloud.ibm.com");
        assertThat(endpoints.accounts().host()).isEqualTo("accounts.cloud.ibm.com");
    }
}
