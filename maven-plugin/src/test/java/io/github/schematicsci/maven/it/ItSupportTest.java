package io.github.schematicsci.maven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the leak check every IT scenario's verify.groovy runs ({@link ItSupport#assertNoLeaks}) can fail: an
 * IT "clone" is faked in a temporary directory with a build.log and target/ files, secrets are planted, and the
 * check must fail naming where, never showing what.
 */
class ItSupportTest {
    private static final String API_KEY = "ItKeyMain-5d0c4b1e9a7f-0001";

    @TempDir
    Path basedir;

    private final Map<String, Object> context = new HashMap<>();
    private Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        context.put("userProperties", new Properties());
        emulator = ItSupport.start(context);
        // what an IT build leaves behind: its settings and invoker.properties hold keys on purpose
        Files.writeString(basedir.resolve("settings.xml"), "<password>" + API_KEY + "</password>");
        Files.writeString(basedir.resolve("invoker.properties"), "invoker.environmentVariables.IBMCLOUD_API_KEY = " + API_KEY);
        Files.writeString(basedir.resolve("build.log"), "[INFO] BUILD SUCCESS\n");
        Files.createDirectories(basedir.resolve("target/schematics"));
        Files.writeString(basedir.resolve("target/schematics/workspace.properties"), "schematics.workspace.id=x\n");
    }

    @AfterEach
    void stop() {
        ItSupport.stop(context);
    }

    /** Gets a real token from the emulator, as a build would. */
    private String issueToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.iamUrl() + "/identity/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type="
                        + URLEncoder.encode("urn:ibm:params:oauth:grant-type:apikey", StandardCharsets.UTF_8)
                        + "&apikey=" + API_KEY))
                .build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(emulator.issuedTokens()).isNotEmpty();
        String token = emulator.issuedTokens().iterator().next();
        assertThat(body).contains(token);
        return token;
    }

    private File dir() {
        return basedir.toFile();
    }

    @Test
    void aCleanBuildPassesAndKeysInSettingsAndInvokerPropertiesAreNotScanned() throws Exception {
        issueToken();

        assertThat(ItSupport.assertNoLeaks(context, dir())).isEqualTo(2); // build.log + workspace.properties
    }

    @Test
    void aTokenPlantedInTheBuildLogFailsTheCheckWithoutShowingIt() throws Exception {
        String token = issueToken();
        Files.writeString(basedir.resolve("build.log"), "[DEBUG] line one\n[DEBUG] Authorization: Bearer " + token + "\n");

        assertThatThrownBy(() -> ItSupport.assertNoLeaks(context, dir()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(basedir.resolve("build.log") + ":2: issued token #1 (plain, fingerprint "
                        + LeakScanner.fingerprint(token) + ")")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(token));
    }

    @Test
    void anEncodedKeyInAModulesTargetFailsTheCheck() throws Exception {
        Path moduleTarget = basedir.resolve("mod-a/target/classes");
        Files.createDirectories(moduleTarget);
        String basic = Base64.getEncoder().encodeToString(("apikey:" + API_KEY).getBytes(StandardCharsets.UTF_8));
        Files.writeString(moduleTarget.resolve("app.properties"), "auth=Basic " + basic + "\n");

        assertThatThrownBy(() -> ItSupport.assertNoLeaks(context, dir()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("mod-a/target/classes/app.properties:1: seeded secret #")
                .hasMessageContaining("(base64, fingerprint " + LeakScanner.fingerprint(API_KEY) + ")")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY).doesNotContain(basic));
    }

    @Test
    void extraSecretsAreLookedForToo() throws Exception {
        Files.writeString(basedir.resolve("target/schematics/workspace.json"), "{\"db_password\": \"It-Extra-Secret-42\"}");

        assertThat(ItSupport.assertNoLeaks(context, dir())).isEqualTo(3);
        assertThatThrownBy(() -> ItSupport.assertNoLeaks(context, dir(), "It-Extra-Secret-42"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("workspace.json:1: extra secret #1 (plain");
    }

    @Test
    void withoutAnEmulatorTheItSeedsSecretsAreLookedFor() throws Exception {
        ItSupport.stop(context);
        Files.writeString(basedir.resolve("build.log"), "key=" + API_KEY + "\n");

        assertThat(ItSupport.itSeedSecrets()).contains(API_KEY);
        assertThatThrownBy(() -> ItSupport.assertNoLeaks(context, dir()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("build.log:1: secret #");
    }

    @Test
    void noBuildLogMeansNothingWasScannedWhichFails() throws Exception {
        Files.delete(basedir.resolve("build.log"));

        assertThatThrownBy(() -> ItSupport.assertNoLeaks(context, dir()))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("No build.log in " + basedir);
    }

    @Test
    void findsEveryTargetDirectoryButLooksInsideNone() throws Exception {
        Files.createDirectories(basedir.resolve("mod-b/target/target"));
        Files.createDirectories(basedir.resolve("src/main/resources"));

        assertThat(ItSupport.targetDirectories(basedir))
                .containsExactly(basedir.resolve("mod-b/target"), basedir.resolve("target"));
        assertThat(ItSupport.buildLogs(basedir)).containsExactly(basedir.resolve("build.log"));
        assertThat(List.of(Files.readString(basedir.resolve("settings.xml")))).allMatch(s -> s.contains(API_KEY));
    }
}
