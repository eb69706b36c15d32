package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Seed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One emulated IBM Cloud with a small, known seed, the plugin's service wired to it through a test
 * {@link CredentialSource}, and a captured build log. Each test gets a fresh one (and an empty shared token cache).
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

    TestCloud() throws IOException {
        TokenManager.clearShared();
        emulator = Emulator.builder().seed(seed()).rateLimitPerMinute(0).start();
        store.put("ibm", CredentialKindsAccess.apiKey("ibm", API_KEY));
        store.put("alice", CredentialKindsAccess.usernamePassword("alice", USER, PASSWORD));
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
        return ConnectionSettings.builder()
                .iamUrl(emulator.iamUrl())
                .accountsUrl(emulator.accountsUrl())
                .schematicsUrl(emulator.schematicsUrlTemplate())
                .defaultRegion(defaultRegion)
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

    /** Every secret the emulator knows or issued: API keys, passwords, and every access and refresh token. */
    Set<String> secrets() {
        Set<String> secrets = new java.util.HashSet<>(emulator.seedSecrets());
        secrets.addAll(emulator.issuedTokens());
        secrets.add(SENSITIVE_VALUE);
        return secrets;
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
