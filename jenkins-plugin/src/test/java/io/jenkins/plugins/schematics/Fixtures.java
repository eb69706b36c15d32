package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.ModelObject;
import hudson.model.Run;
import hudson.util.Secret;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Seed;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
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
        return startEmulator(false);
    }

    /** With {@code https}, the emulator serves HTTPS only, with a certificate of its own that no JVM trusts. */
    static Emulator startEmulator(boolean https) throws IOException {
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
        return Emulator.builder().seed(seed).rateLimitPerMinute(0).https(https).start();
    }

    /**
     * Saves the HTTPS emulator's trust store as {@code file} (PKCS12) under {@code password}, as an administrator
     * would put a private CA's trust store on the controller.
     */
    static Path trustStore(Emulator emulator, Path file, String password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(emulator.trustStore())) {
                store.load(in, emulator.trustStorePassword().toCharArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
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

    /**
     * The shared leak guard's scanner for a test: the emulator's seeded keys and passwords and every token it issued
     * (read at each scan, so tokens issued later count), the sensitive output value, and {@code extra}.
     */
    static LeakScanner scanner(Emulator emulator, String... extra) {
        String[] secrets = new String[extra.length + 1];
        secrets[0] = SENSITIVE_VALUE;
        System.arraycopy(extra, 0, secrets, 1, extra.length);
        LeakScanner scanner = LeakScanner.forEmulator(emulator, secrets);
        if (scanner.secretCount() == 0) {
            throw new AssertionError("the leak scanner has nothing to look for");
        }
        return scanner;
    }

    /**
     * Fails, naming file, line and secret by fingerprint only, when a build's console log or any file of the build's
     * directory (build.xml, log, program.dat, the flow nodes' XML) holds a secret, in clear, Base64 or URL-encoded.
     */
    static void assertNoSecretInBuild(LeakScanner scanner, Run<?, ?> build) throws IOException {
        LeakScanner.assertClean(scanner.scan("console log of " + build.getExternalizableId(), JenkinsRule.getLog(build)));
        LeakScanner.assertClean(scanner.scanTree(build.getRootDir().toPath()));
    }

    /** Fails when any file under JENKINS_HOME holds a secret (config.xml, credentials.xml, builds, logs…). */
    static void assertNoSecretOnDisk(JenkinsRule r, LeakScanner scanner) throws IOException {
        LeakScanner.assertClean(scanner.scanTree(r.jenkins.getRootDir().toPath()));
    }
}
