package io.jenkins.plugins.schematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.security.ACL;
import hudson.util.Secret;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

class ConfigurationTest {
    @Nested
    @WithJenkins
    class Form {
        @Test
        void globalConfigurationRoundTripsThroughTheForm(JenkinsRule r) throws Exception {
            IbmCloudSchematicsConfiguration config = IbmCloudSchematicsConfiguration.get();
            config.setDefaultRegion("us-east");
            config.setPrivateEndpoints(true);
            config.setIamUrl("https://private.us-east.iam.cloud.ibm.com");
            config.setConnectTimeoutSeconds(7);
            config.setReadTimeoutSeconds(40);
            config.setTrustStoreType("JKS");
            config.setTrustStorePassword(Secret.fromString("store-pass-123"));
            r.configRoundtrip();
            assertEquals("us-east", config.getDefaultRegion());
            assertTrue(config.isPrivateEndpoints());
            assertEquals("https://private.us-east.iam.cloud.ibm.com", config.getIamUrl());
            assertEquals(7, config.getConnectTimeoutSeconds());
            assertEquals(40, config.getReadTimeoutSeconds());
            assertEquals("JKS", config.getTrustStoreType());
            assertEquals("store-pass-123", config.getTrustStorePassword().getPlainText());
            // saved encrypted, never in clear
            Fixtures.assertNoSecretOnDisk(r, java.util.Set.of("store-pass-123"));
        }

        @Test
        void credentialRoundTripsAndIsNamedByItsDescription(JenkinsRule r) throws Exception {
            IbmCloudApiKeyCredentialsImpl key = new IbmCloudApiKeyCredentialsImpl(CredentialsScope.GLOBAL, "k",
                    "Production key", Secret.fromString("api-Key-for-roundtrip-0123456789"));
            Fixtures.store(r.jenkins, key);
            assertEquals("Production key", CredentialsProvider.lookupCredentialsInItemGroup(
                    IbmCloudApiKeyCredentialsImpl.class, r.jenkins, ACL.SYSTEM2, List.of()).stream()
                    .map(com.cloudbees.plugins.credentials.CredentialsNameProvider::name).findFirst().orElseThrow());
            Fixtures.assertNoSecretOnDisk(r, java.util.Set.of("api-Key-for-roundtrip-0123456789"));
        }
    }

    @Nested
    @WithJenkinsConfiguredWithCode
    class ConfigurationAsCode {
        @Test
        @ConfiguredWithCode("configuration-as-code.yaml")
        void loadsTheCredentialAndTheGlobalConfiguration(JenkinsConfiguredWithCodeRule r) {
            IbmCloudApiKeyCredentialsImpl key = CredentialsMatchers.firstOrNull(
                    CredentialsProvider.lookupCredentialsInItemGroup(IbmCloudApiKeyCredentialsImpl.class, r.jenkins,
                            ACL.SYSTEM2, List.of()),
                    CredentialsMatchers.withId("ibm-casc"));
            assertEquals("IBM Cloud key from JCasC", key.getDescription());
            assertEquals("casc-Api-Key-0123456789abcdefghij", key.getApiKey().getPlainText());

            IbmCloudSchematicsConfiguration config = IbmCloudSchematicsConfiguration.get();
            assertEquals("eu-de", config.getDefaultRegion());
            assertTrue(config.isPrivateEndpoints());
            assertEquals("https://private-{region}.schematics.cloud.ibm.com", config.getSchematicsUrl());
            assertEquals(5, config.getConnectTimeoutSeconds());
            assertEquals(45, config.getReadTimeoutSeconds());
        }
    }
}
