package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.TokenManager;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Seed;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import io.github.schematicsci.emulator.leaks.SecretLeakExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One emulated IBM Cloud with a small, known seed (over HTTP, or HTTPS with its own certificate), the plugin's
 * service wired to it through a test {@link CredentialSource}, and a captured build log. Each test gets a fresh one
 * (and an empty shared token cache). Secrets are looked for with the emulator's shared leak guard: {@link #leakGuard}
 * around each test, {@link #leakScanner()} for what a test captures.
 */
final class TestCloud implements AutoCloseable {
    static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    static final String OTHER_ACCOUNT = "fedcba9876543210fedcba9876543210";
    static final String API_KEY = "k3y-OnlyForTests_9f8e7d6c5b4a39281706";
    static final String USER = "alice@example.com";
    static final String PASSWORD = "pa55-word-for-alice!";
    static final String WS_ID = "us-south.workspace.app-infra.1a2b3c4d";
    static final String WS_NAME = "app-infra";
    static final String FAILED_ID = "eu-de.workspace.broken.aaaabbbb";
    static final String SENSITIVE_VALUE = "db-Secret-Value-from-terraform";

    final Emulator emulator;
    final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    /** The test double of the seam: credentials id → what Jenkins would have resolved. */
    final Map<String, Credential> store = new LinkedHashMap<>();
    /** Every id the seam was asked for, in order. */
    final List<String> resolved = new ArrayList<>();

    /** This module's {@code target/}: the leak guard scans every file a test creates or changes there. */
    static final Path TARGET = target();

    TestCloud() throws IOException {
        this(false);
    }

    private TestCloud(boolean https) throws IOException {
        TokenManager.clearShared();
        emulator = Emulator.builder().seed(seed()).rateLimitPerMinute(0).https(https).start();
        store.put("ibm", CredentialKindsAccess.apiKey("ibm", API_KEY));
        store.put("alice", CredentialKindsAccess.usernamePassword("alice", USER, PASSWORD));
    }

    /** An emulated IBM Cloud served over HTTPS only, with a certificate no JVM trusts by default. */
    static TestCloud https() throws IOException {
        return new TestCloud(true);
    }

    /**
     * The shared leak guard for a test class that starts a {@code TestCloud}: everything the test prints or logs, and
     * every file it writes under {@code target/}, must hold no seeded secret, no token the emulator issued and not
     * the sensitive output value.
     */
    static SecretLeakExtension leakGuard(Supplier<TestCloud> cloud) {
        return SecretLeakExtension.builder()
                .emulator(() -> {
                    TestCloud current = cloud.get();
                    return current == null ? null : current.emulator;
                })
                .secrets(SENSITIVE_VALUE)
                .scanChangedFiles(TARGET)
                .build();
    }

    static Seed seed() {
        String outputs = """
                [ { "id": "tmpl-1", "folder": ".", "value_type": "terraform",
                    "output_values": [ {
                      "cluster_id": { "value": "c-123", "type": "string", "sensitive": false },
                      "replicas": { "value": 3, "type": "number", "sensitive": false },
                      "endpoints": { "value": ["a.example.com", "b.example.com"], "type": "list", "sensitive": false },
                      "labels": { "value": {"team": "infra", "tier": 2}, "type": "map", "sensitive": false },
                      "db_password": { "value": "%s", "type": "string", "sensitive": true }
                    } ] } ]
                """.formatted(SENSITIVE_VALUE);
        String workspace = """
                { "id": "%s", "name": "%s", "location": "us-south", "resource_group": "default",
                  "status": "ACTIVE", "description": "the app's infrastructure", "tags": ["env:test"],
                  "created_at": "2026-01-02T03:04:05.123456789Z", "created_by": "alice@example.com",
                  "template_data": [ { "id": "tmpl-1", "folder": ".", "type": "terraform_v1.5" } ] }
                """.formatted(WS_ID, WS_NAME);
        String failed = """
                { "id": "%s", "name": "broken", "location": "eu-de", "resource_group": "default",
                  "status": "FAILED", "created_at": "2026-01-02T03:04:05Z" }
                """.formatted(FAILED_ID);
        return Seed.builder()
                .account(Seed.Account.of(ACCOUNT, "Test account"))
                .account(Seed.Account.of(OTHER_ACCOUNT, "Other account"))
                .user(Seed.User.of("IBMid-1000000001", USER, PASSWORD, "Alice", ACCOUNT, OTHER_ACCOUNT))
                .apiKey(new Seed.ApiKey(API_KEY, "IBMid-1000000001", ACCOUNT))
                .workspace(Seed.Workspace.parse(ACCOUNT, workspace, outputs))
                .workspace(Seed.Workspace.parse(ACCOUNT, failed, null))
                .build();
    }

    /** Settings pointing at the emulator, as an administrator would enter them. */
    ConnectionSettings settings() {
        return settings(null);
    }

    ConnectionSettings settings(String defaultRegion) {
        return settingsBuilder().defaultRegion(defaultRegion).build();
    }

    /** The emulator's endpoints, nothing else set yet. */
    ConnectionSettings.Builder settingsBuilder() {
        return ConnectionSettings.builder()
                .iamUrl(emulator.iamUrl())
                .accountsUrl(emulator.accountsUrl())
                .schematicsUrl(emulator.schematicsUrlTemplate());
    }

    /** Settings that trust the HTTPS emulator's certificate, as an administrator would configure its trust store. */
    ConnectionSettings trustingSettings() {
        return settingsBuilder()
                .trustStore(emulator.trustStore().toString(), "PKCS12", emulator.trustStorePassword())
                .build();
    }

    /** The test implementation of the seam: a map, as the Jenkins one is a credentials store. */
    CredentialSource credentials() {
        return id -> {
            resolved.add(id);
            Credential credential = store.get(id);
            if (credential == null) {
                throw CredentialKinds.notFound(id);
            }
            return credential;
        };
    }

    SchematicsService service() {
        return service(settings());
    }

    SchematicsService service(ConnectionSettings settings) {
        return new SchematicsService(settings, credentials(), log);
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The leak scanner for what a test captured (the build log, a returned map, serialized bytes): the emulator's
     * seeded secrets and issued tokens as they are when it scans, and the sensitive output value.
     */
    LeakScanner leakScanner() {
        return LeakScanner.forEmulator(emulator, SENSITIVE_VALUE);
    }

    /** Fails, naming where and which secret by fingerprint only, if the build log holds a secret. */
    void assertLogHasNoSecret() {
        LeakScanner scanner = leakScanner();
        assertThat(scanner.secretCount()).as("secrets to look for").isPositive();
        scanner.assertNoLeaks("build log", log());
    }

    private static Path target() {
        String classes = System.getProperty("plugin.classes"); // surefire: ${project.build.outputDirectory}
        return classes == null ? Path.of("target") : Path.of(classes).getParent();
    }

    /** Makes a cloud shared by the tests of a class look new: no request, fault, log line or cached token left. */
    void reset() {
        TokenManager.clearShared();
        emulator.faults().clear();
        emulator.requests().clear();
        logBytes.reset();
        resolved.clear();
    }

    @Override
    public void close() {
        emulator.close();
        TokenManager.clearShared();
    }

    /** Classifies like the Jenkins glue does, for credentials the test puts in the store. */
    static final class CredentialKindsAccess {
        private CredentialKindsAccess() {
        }

        static Credential apiKey(String id, String key) {
            try {
                return CredentialKinds.apiKey(id, CredentialKinds.API_KEY_TYPE, key);
            } catch (StepFailure e) {
                throw new AssertionError(e);
            }
        }

        static Credential usernamePassword(String id, String user, String password) {
            try {
                return CredentialKinds.usernamePassword(id, "Username with password", user, password);
            } catch (StepFailure e) {
                throw new AssertionError(e);
            }
        }
    }
}
