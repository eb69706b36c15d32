package io.jenkins.plugins.schematics.structure;

import java.nio.file.Path;

/** Where the build put what the structure tests read (system properties set in offline/pom.xml). */
final class Paths {
    private Paths() {
    }

    static Path pluginClasses() {
        return path("plugin.classes");
    }

    static Path pluginResources() {
        return path("plugin.resources");
    }

    static Path stubClasses() {
        return path("stubs.classes");
    }

    static Path stubSources() {
        return path("stubs.sources");
    }

    static Path stubReadme() {
        return path("stubs.readme");
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run through Maven");
        }
        return Path.of(value);
    }
}
