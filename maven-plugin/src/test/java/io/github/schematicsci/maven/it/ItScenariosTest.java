package io.github.schematicsci.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds every invoker scenario under src/it to the leak guard: its verify.groovy must scan the build's logs and
 * target/ with {@link ItSupport#assertNoLeaks} (before stopping the emulator, so that every issued token is known)
 * and stop the emulator in a {@code finally}. A new scenario without the scan fails the build here.
 */
class ItScenariosTest {
    private static final Path IT = Path.of(System.getProperty("basedir", "."), "src", "it");

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> entries = Files.list(IT)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))).sorted().toList();
        }
    }

    @Test
    void everyScenarioScansItsLogsAndTargetForSecrets() throws IOException {
        List<Path> scenarios = scenarios();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(20)
                .contains(IT.resolve("tls-trusted"), IT.resolve("tls-untrusted"), IT.resolve("debug-no-secrets"));
        for (Path scenario : scenarios) {
            Path verify = scenario.resolve("verify.groovy");
            assertThat(verify).as("every scenario has a verify.groovy").isRegularFile();
            String script = Files.readString(verify);
            int scan = script.indexOf("ItSupport.assertNoLeaks(context, basedir");
            int stop = script.indexOf("ItSupport.stop(context)");
            assertThat(scan).as(verify + " calls ItSupport.assertNoLeaks(context, basedir, ...)").isPositive();
            assertThat(script.indexOf("finally")).as(verify + " stops the emulator in a finally").isPositive()
                    .isLessThan(stop);
            assertThat(scan).as(verify + " scans before it stops the emulator").isLessThan(stop);
        }
    }
}
