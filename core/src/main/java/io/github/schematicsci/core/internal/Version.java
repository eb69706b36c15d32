package io.github.schematicsci.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of core, from the resource Maven filters at build time. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    /** Returns core's version, e.g. {@code 0.1.0}; {@code dev} when run from an unfiltered tree. */
    public static String get() {
        return VERSION;
    }

    /** Returns {@code schematics-ci/<version>}, followed by {@code suffix} when given. */
    static String userAgent(String suffix) {
        return "schematics-ci/" + VERSION + (suffix == null ? "" : " " + suffix);
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/io/github/schematicsci/core/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty("version", "dev");
            return value.startsWith("${") ? "dev" : value;
        } catch (IOException e) {
            return "dev";
        }
    }
}
