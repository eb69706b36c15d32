package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.ModelObject;
import hudson.util.Secret;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jvnet.hudson.test.JenkinsRule;

/** An emulated IBM Cloud with a known seed, and a Jenkins configured to use it. */
final class Fixtures {
    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String API_KEY = "k3y-OnlyForJenkinsTests_9f8e7d6c5b4a3928";
    static final String USER = "alice@example.com";
    static final String PASSWORD = "pa55-word-for-alice!";
    static final String WS_ID = "us-south.workspace.app-infra.1a2b3c4d";
    static final String WS_NAME = "app-infra";
    static final String SENSITIVE_VALUE = "db-Secret-Value-from-terraform";

    private Fixtures() {
    }

    static Emulator startEmulator() throws IOException {
        TokenManager.clearShared();
        String outputs = """
                [ { "id": "tmpl-1", "folder": ".", "output_values": [ {
                    "cluster_id": { "value": "c-123", "type": "string", "sensitive": false },
                    "replicas": { "value": 3, "type": "number", "sensitive": false },
                    "db_password": { "value": "%s", "type": "string", "sensitive": true } } ] } ]
                """.formatted(SENSITIVE_VALUE);
        String workspace = """
                { "id": "%s", "name": "%s", "location": "us-south", "resource_group": "default", "status": "ACTIVE",
                  "created_at": "2026-01-02T03:04:05Z", "template_data": [ { "id": "tmpl-1", "folder": "." } ] }
                """.formatted(WS_ID, WS_NAME);
        Seed seed = Seed.builder()
                .account(Seed.Account.of(ACCOUNT, "Test account"))
                .user(Seed.User.of("IBMid-1000000001", USER, PASSWORD, "Alice", ACCOUNT))
                .apiKey(new Seed.ApiKey(API_KEY, "IBMid-1000000001", ACCOUNT))
                .workspace(Seed.Workspace.parse(ACCOUNT, workspace, outputs))
                .build();
        return Emulator.builder().seed(seed).rateLimitPerMinute(0).start();
    }

    /** Points the global configuration at the emulator, as an administrator would. */
    static void configure(Emulator emulator) {
        IbmCloudSchematicsConfiguration config = IbmCloudSchematicsConfiguration.get();
        config.setIamUrl(emulator.iamUrl());
        config.setAccountsUrl(emulator.accountsUrl());
        config.setSchematicsUrl(emulator.schematicsUrlTemplate());
    }

    static IbmCloudApiKeyCredentialsImpl apiKey(String id) {
        return new IbmCloudApiKeyCredentialsImpl(CredentialsScope.GLOBAL, id, "IBM Cloud test key",
                Secret.fromString(API_KEY));
    }

    /** Adds {@code credentials} to the store that belongs to {@code context} (Jenkins itself or a folder). */
    static void store(ModelObject context, Credentials credentials) throws IOException {
        for (CredentialsStore store : CredentialsProvider.lookupStores(context)) {
            if (store.getContext() == context) {
                store.addCredentials(Domain.global(), credentials);
                return;
            }
        }
        throw new IllegalStateException("no credentials store in " + context);
    }

    /** Every secret the test could leak: seeded keys and passwords, every token issued, the sensitive output. */
    static Set<String> secrets(Emulator emulator) {
        Set<String> secrets = new HashSet<>(emulator.seedSecrets());
        secrets.addAll(emulator.issuedTokens());
        secrets.add(SENSITIVE_VALUE);
        return secrets;
    }

    /** Fails when any file under JENKINS_HOME holds a secret in clear (config.xml, build.xml, program.dat, logs…). */
    static void assertNoSecretOnDisk(JenkinsRule r, Set<String> secrets) throws IOException {
        Path home = r.jenkins.getRootDir().toPath();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".jar") || file.toString().endsWith(".hpi")
                        || file.toString().endsWith(".jpi")) {
                    continue;
                }
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    if (content.contains(secret)) {
                        throw new AssertionError("secret found in clear in " + home.relativize(file));
                    }
                }
            }
        }
    }
}
