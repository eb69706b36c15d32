package io.github.schematicsci.core.testing;

import io.github.schematicsci.emulator.leaks.SecretLeakExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The base of core's test classes: the shared leak guard watches each test's stdout, stderr, java.util.logging and
 * the files it writes under target/, and fails the test if any seeded secret or any token an emulator issued shows.
 */
public abstract class GuardedTest {
    @RegisterExtension
    public static final SecretLeakExtension LEAKS = SecretLeakExtension.builder()
            .secrets(Fixture::knownSecrets)
            .scanChangedFiles(Path.of("target"))
            .build();
}
