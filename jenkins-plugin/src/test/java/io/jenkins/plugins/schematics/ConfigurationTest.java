package io.jenkins.plugins.schematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

class ConfigurationTest {
    private static final String STORE_PASSWORD = "Form-Trust-Store-Pass-1357";
    private static final String CASC_STORE_PASSWORD = "casc-Trust-Store-Pass-2468";

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
            Fixtures.assertNoSecretOnDisk(r, LeakScanner.of(List.of("store-pass-123")));
        }

        @Test
        void trustStoreFieldsRoundTripAndThePasswordIsSavedEncrypted(JenkinsRule r) throws Exception {
            try (Emulator emulator = Fixtures.startEmulator(true)) {
                Path home = r.jenkins.getRootDir().toPath();
                Path store = Fixtures.trustStore(emulator, home.resolve("ibm-ca.p12"), STORE_PASSWORD);
                IbmCloudSchematicsConfiguration config = IbmCloudSchematicsConfiguration.get();
                config.setTrustStorePath(" " + store + " ");
                config.setTrustStoreType("PKCS12");
                config.setTrustStorePassword(Secret.fromString(STORE_PASSWORD));
                r.configRoundtrip();
                assertEquals(store.toString(), config.getTrustStorePath());
                assertEquals("PKCS12", config.getTrustStoreType());
                assertEquals(STORE_PASSWORD, config.getTrustStorePassword().getPlainText());

                // on disk: the path in clear, the password only as Secret's encrypted form
                String xml = Files.readString(home.resolve(IbmCloudSchematicsConfiguration.class.getName() + ".xml"),
                        StandardCharsets.UTF_8);
                assertTrue(xml.contains("<trustStorePath>" + store + "</trustStorePath>"), "trustStorePath saved");
                assertTrue(xml.contains("<trustStorePassword>{"), "trustStorePassword saved encrypted");
                Fixtures.assertNoSecretOnDisk(r, LeakScanner.of(List.of(STORE_PASSWORD)));

                // the form check opens the store with the password as the page sends it back (encrypted)
                Secret fromPage = Secret.fromString(config.getTrustStorePassword().getEncryptedValue());
                assertEquals(FormValidation.Kind.OK, config.doCheckTrustStorePath(store.toString(), "PKCS12", fromPage).kind);
                FormValidation wrong = config.doCheckTrustStorePath(store.toString(), "PKCS12",
                        Secret.fromString("Wrong-Store-Pass-0815"));
                assertEquals(FormValidation.Kind.ERROR, wrong.kind);
                assertTrue(wrong.renderHtml().contains("trustStorePassword does not open trustStorePath"));
                LeakScanner.of(List.of(STORE_PASSWORD, "Wrong-Store-Pass-0815")).assertNoLeaks("the form check",
                        wrong.renderHtml());
                assertEquals(FormValidation.Kind.ERROR, config.doCheckTrustStorePath(home.resolve("missing.p12")
                        .toString(), "PKCS12", fromPage).kind);
            }
        }

        @Test
        void credentialRoundTripsAndIsNamedByItsDescription(JenkinsRule r) throws Exception {
            IbmCloudApiKeyCredentialsImpl key = new IbmCloudApiKeyCredentialsImpl(CredentialsScope.GLOBAL, "k",
                    "Production key", Secret.fromString("api-Key-for-roundtrip-0123456789"));
            Fixtures.store(r.jenkins, key);
            assertEquals("Production key", CredentialsProvider.lookupCredentialsInItemGroup(
                    IbmCloudApiKeyCredentialsImpl.class, r.jenkins, ACL.SYSTEM2, List.of()).stream()
                    .map(com.cloudbees.plugins.credentials.CredentialsNameProvider::name).findFirst().orElseThrow());
            Fixtures.assertNoSecretOnDisk(r, LeakScanner.of(List.of("api-Key-for-roundtrip-0123456789")));
        }
    }

    @Nested
    @WithJenkinsConfiguredWithCode
    class ConfigurationAsCode {
        @Test
        @ConfiguredWithCode("configuration-as-code.yaml")
        void loadsTheCredentialAndTheGlobalConfiguration(JenkinsConfiguredWithCodeRule r) throws Exception {
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
            assertEquals("/var/jenkins_home/ibm-ca.jks", config.getTrustStorePath());
            assertEquals("JKS", config.getTrustStoreType());
            assertEquals(CASC_STORE_PASSWORD, config.getTrustStorePassword().getPlainText());

            // exported with the password encrypted, and saved the same way
            ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
            String exported = Util.toYamlString(Util.getUnclassifiedRoot(context).get("ibmCloudSchematics"));
            assertTrue(exported.contains("/var/jenkins_home/ibm-ca.jks"), "trustStorePath exported");
            assertTrue(exported.contains("trustStorePassword:"), "trustStorePassword exported");
            LeakScanner secrets = LeakScanner.of(List.of(CASC_STORE_PASSWORD, "casc-Api-Key-0123456789abcdefghij"));
            secrets.assertNoLeaks("the JCasC export", exported);
            Path home = r.jenkins.getRootDir().toPath();
            secrets.assertNoLeaks(home.resolve(IbmCloudSchematicsConfiguration.class.getName() + ".xml"));
            secrets.assertNoLeaks(home.resolve("credentials.xml"));
        }
    }
}
