package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MavenEnvironmentTest {
    @Test
    void takesTheEnvPropertiesOnly() {
        Properties system = new Properties();
        system.setProperty("env.IBMCLOUD_API_KEY", "k");
        system.setProperty("env.PATH", "/bin");
        system.setProperty("env.", "ignored");
        system.setProperty("java.version", "17");
        system.setProperty("environment.X", "no");

        assertThat(MavenEnvironment.of(system)).containsOnlyKeys("IBMCLOUD_API_KEY", "PATH")
                .containsEntry("IBMCLOUD_API_KEY", "k");
        assertThat(MavenEnvironment.of(null)).isEmpty();
    }
}
