package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.Endpoints;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    private static final Map<String, String> ENV = Map.of(
            "IBMCLOUD_IAM_API_ENDPOINT", "https://iam.env.example",
            "IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT", "https://accounts.env.example",
            "IBMCLOUD_SCHEMATICS_API_ENDPOINT", "https://{region}.schematics.env.example");

    @Test
    void publicEndpointsByDefault() {
        assertThat(AbstractSchematicsMojo.endpoints(Map.of(), null, " ", null)).isEqualTo(Endpoints.publicEndpoints());
    }

    @Test
    void theEnvironmentOverridesTheDefaults() {
        Endpoints endpoints = AbstractSchematicsMojo.endpoints(ENV, null, null, null);

        assertThat(endpoints.iam()).hasToString("https://iam.env.example/");
        assertThat(endpoints.accounts()).hasToString("https://accounts.env.example/");
        assertThat(endpoints.schematics()).isEqualTo("https://{region}.schematics.env.example");
    }

    @Test
    void parametersOverrideTheEnvironment() {
        Endpoints endpoints = AbstractSchematicsMojo.endpoints(ENV, "http://127.0.0.1:8080", null,
                "http://127.0.0.1:8080/schematics/{region}");

        assertThat(endpoints.iam()).hasToString("http://127.0.0.1:8080/");
        assertThat(endpoints.accounts()).hasToString("https://accounts.env.example/");
        assertThat(endpoints.schematics()).isEqualTo("http://127.0.0.1:8080/schematics/{region}");
    }

    @Test
    void aBadParameterIsNamed() {
        assertThatThrownBy(() -> AbstractSchematicsMojo.endpoints(Map.of(), "http://iam.example.com", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iamUrl");
    }
}
