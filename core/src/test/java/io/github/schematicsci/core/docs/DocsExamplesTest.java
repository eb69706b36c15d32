package io.github.schematicsci.core.docs;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.account.Account;
import io.github.schematicsci.core.config.CredentialResolver;
import io.github.schematicsci.core.config.ResolvedCredential;
import io.github.schematicsci.core.export.WorkspaceExport;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.IamToken;
import io.github.schematicsci.core.iam.IbmIdPassword;
import io.github.schematicsci.core.iam.Passcode;
import io.github.schematicsci.core.iam.RefreshToken;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.LookupResult;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The examples of docs/core.md, run against the emulator. Each example sits between {@code // docs:begin} and
 * {@code // docs:end}; {@link #theDocsShowExactlyTheseExamples()} checks that docs/core.md shows the same code.
 */
@Timeout(30)
class DocsExamplesTest extends GuardedTest {
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed());
    private final Endpoints endpoints = fixture.endpoints();
    private final HttpOptions options = fixture.options();
    private final String apiKey = TestSeeds.KEY_A;

    @AfterEach
    void stop() {
        fixture.close();
        TokenManager.clearShared();
    }

    @Test
    void apiKeyLookupById() {
        // docs:begin api-key
        IbmCloud cloud = IbmCloud.builder()
                .credential(ApiKey.of(apiKey))
                .endpoints(endpoints)          // leave out for the public IBM Cloud endpoints
                .httpOptions(options)          // leave out for the defaults
                .build();
        LookupResult found = cloud.workspaces().lookup(WorkspaceLookup.builder()
                .id("us-east.workspace.net-prod.1a2b3c4d")
                .build());
        Workspace workspace = found.workspace();
        String clusterId = found.outputs().orElseThrow().merged().get("cluster_id").valueAsText();
        // docs:end
        assertThat(workspace.status().is("ACTIVE")).isTrue();
        assertThat(clusterId).isEqualTo("c0ffee01");
    }

    @Test
    void passwordWithAccount() {
        // docs:begin password
        IbmCloud cloud = IbmCloud.builder()
                .credential(IbmIdPassword.of("bob@example.com", System.getenv().getOrDefault("IBMID_PASSWORD",
                        TestSeeds.BOB_PASSWORD)))
                .account("Bravo Labs")         // an account id, or an exact account name
                .endpoints(endpoints)
                .httpOptions(options)
                .build();
        List<Account> accounts = cloud.accounts();   // works before an account is chosen
        String accountId = cloud.accountId();        // bbbb…b2, the account the token is scoped to
        // docs:end
        assertThat(accounts).hasSize(2);
        assertThat(accountId).isEqualTo(TestSeeds.ACCOUNT_B);
    }

    @Test
    void passcode() {
        // docs:begin passcode
        IbmCloud cloud = IbmCloud.builder()
                .credential(Passcode.of(TestSeeds.ERIN_PASSCODE)) // from 'ibmcloud login --sso'; sent once only
                .endpoints(endpoints)
                .httpOptions(options)
                .build();
        IamToken token = cloud.token();        // renewed with its refresh token until that expires
        // docs:end
        assertThat(token.accountId()).contains(TestSeeds.ACCOUNT_C);
    }

    @Test
    void refreshToken() {
        String refresh = IbmCloud.builder().credential(ApiKey.of(apiKey)).endpoints(endpoints).httpOptions(options)
                .sharedTokens(false).build().token().refreshToken().orElseThrow();
        // docs:begin refresh-token
        IbmCloud cloud = IbmCloud.builder()
                .credential(RefreshToken.of(refresh))  // a refresh token issued to the bx client
                .endpoints(endpoints)
                .httpOptions(options)
                .build();
        String bearer = cloud.token().accessToken();   // a secret: pass it on, never print it
        // docs:end
        assertThat(bearer).isNotBlank();
    }

    @Test
    void findByNameAndExport() {
        IbmCloud cloud = IbmCloud.builder().credential(ApiKey.of(apiKey)).endpoints(endpoints).httpOptions(options)
                .build();
        // docs:begin by-name
        LookupResult found = cloud.workspaces().lookup(WorkspaceLookup.builder()
                .name("net-prod")
                .region("us")                  // leave out to search us, eu, ca-tor and ca-mon
                .resourceGroup("default")      // optional
                .build());
        WorkspaceExport export = WorkspaceExport.of(found.workspace(), found.outputs().orElse(null), false);
        Map<String, String> env = export.toEnvironment();            // SCHEMATICS_WORKSPACE_ID, SCHEMATICS_OUTPUT_…
        Map<String, String> properties = export.toProperties("schematics."); // schematics.workspace.id, …
        // docs:end
        assertThat(env).containsEntry("SCHEMATICS_OUTPUT_CLUSTER_ID", "c0ffee01")
                .doesNotContainKey("SCHEMATICS_OUTPUT_DB_PASSWORD");
        assertThat(properties).containsEntry("schematics.workspace.name", "net-prod");
    }

    @Test
    void listing() {
        IbmCloud cloud = IbmCloud.builder().credential(ApiKey.of(apiKey)).endpoints(endpoints).httpOptions(options)
                .build();
        List<String> names = new ArrayList<>();
        // docs:begin list
        for (Workspace w : cloud.workspaces().list(ListOptions.builder().region(Region.US).build())) {
            names.add(w.name() + " " + w.status());    // pages of 2000 are fetched as the loop reaches them
        }
        // docs:end
        assertThat(names).contains("net-prod ACTIVE", "app-prod inactive");
    }

    @Test
    void endpointsAndOptions() {
        // docs:begin options
        Endpoints privateCloud = Endpoints.builder()
                .iam(Endpoints.PRIVATE_IAM)
                .schematics("https://private-{region}.schematics.cloud.ibm.com")
                .build();
        HttpOptions http = HttpOptions.builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .maxAttempts(3)
                .proxy(ProxySettings.builder("proxy.example.com", 3128)
                        .credentials("builder", System.getenv().getOrDefault("PROXY_PASSWORD", ""))
                        .nonProxyHosts("localhost|*.internal.example.com")
                        .build())
                .build();
        // docs:end
        assertThat(privateCloud.schematics(Region.EU_DE).host()).isEqualTo("private-eu-de.schematics.cloud.ibm.com");
        assertThat(http.maxAttempts()).isEqualTo(3);
    }

    @Test
    void errors() {
        IbmCloud cloud = IbmCloud.builder().credential(ApiKey.of(apiKey)).endpoints(endpoints).httpOptions(options)
                .build();
        String message = null;
        // docs:begin errors
        try {
            cloud.workspaces().get("us-east.workspace.net-prod.1a2b3c4d", Region.EU_DE);
        } catch (IbmCloudException e) {
            // e.problem(): NOT_FOUND; e.code(): M1001; e.requestId(): for IBM support
            message = e.getMessage(); // "... not found in region eu-de (its id starts with 'us-east': ...)"
        }
        // docs:end
        assertThat(message).contains("look it up in region us-east");
    }

    @Test
    void resolver() {
        // docs:begin resolver
        ResolvedCredential resolved = CredentialResolver.resolve("ibmcloud", null,
                Map.of("IBMCLOUD_API_KEY", apiKey));   // in a build: the settings server, then System.getenv()
        IbmCloud cloud = IbmCloud.builder().credential(resolved.credential()).endpoints(endpoints).build();
        // docs:end
        assertThat(resolved.source()).isEqualTo("environment variable IBMCLOUD_API_KEY");
        assertThat(cloud.endpoints()).isEqualTo(endpoints);
    }

    @Test
    void theDocsShowExactlyTheseExamples() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "core.md"));
        String source = Files.readString(Path.of("src", "test", "java", "io", "github", "schematicsci", "core", "docs",
                "DocsExamplesTest.java"));
        Matcher examples = Pattern.compile("// docs:begin ([a-z-]+)\\n(.*?)\\n\\s*// docs:end", Pattern.DOTALL)
                .matcher(source);
        int count = 0;
        while (examples.find()) {
            String code = examples.group(2).stripIndent().strip();
            assertThat(docs).as("docs/core.md shows example '%s'", examples.group(1)).contains(code);
            count++;
        }
        assertThat(count).isEqualTo(9);
    }
}
