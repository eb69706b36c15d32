package io.github.schematicsci.maven;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The build's environment variables, read from the session's {@code env.*} system properties rather than from
 * {@link System#getenv()}: Maven fills them from the real environment, and tests (invoker's
 * {@code environmentVariables}) can set them.
 */
final class MavenEnvironment {
    private static final String PREFIX = "env.";

    private MavenEnvironment() {
    }

    /** Returns the variables found in {@code systemProperties} as {@code env.NAME}, keyed by {@code NAME}. */
    static Map<String, String> of(Properties systemProperties) {
        Map<String, String> environment = new TreeMap<>();
        if (systemProperties != null) {
            for (String name : systemProperties.stringPropertyNames()) {
                if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                    environment.put(name.substring(PREFIX.length()), systemProperties.getProperty(name));
                }
            }
        }
        return environment;
    }
}
