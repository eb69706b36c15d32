package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.workspace.WorkspaceLookup;

/**
 * The checks behind the configuration forms' {@code doCheck…} methods, as plain functions: each returns null when
 * the value is fine, otherwise the message to show (the same one a build would fail with). None sends a request.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    /** Checks that exactly one of a workspace {@code id} and {@code name} is given, and that it is well formed. */
    public static String workspaceIdOrName(String id, String name) {
        return problem(() -> WorkspaceLookup.builder().id(id).name(name).build());
    }

    /** Checks a step's {@code region}; blank is fine (the default region, or every region). */
    public static String region(String value) {
        return problem(() -> ConnectionSettings.checkRegion("region", value));
    }

    /** Checks {@code requireStatus}; blank is fine (any status). */
    public static String requireStatus(String value) {
        return problem(() -> WorkspaceParameters.builder().requireStatus(value).build().allowedStatuses());
    }

    /** Checks an environment variable name given in {@code field}; blank is fine (the default name). */
    public static String variable(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return problem(() -> TokenParameters.checkVariable(field, value.strip()));
    }

    /** Checks an API key's shape without echoing it: not empty, no whitespace, no line breaks. */
    public static String apiKey(String value) {
        return problem(() -> ApiKey.of(value));
    }

    /** Checks an endpoint field of the global configuration; blank is fine (the default endpoint). */
    public static String endpoint(String field, String value) {
        return problem(() -> ConnectionSettings.checkEndpoint(field, value));
    }

    /** Checks a timeout field of the global configuration. */
    public static String timeout(String field, int seconds) {
        return problem(() -> ConnectionSettings.checkTimeout(field, seconds));
    }

    /**
     * Checks the trust store of the global configuration as a build would use it: the path, the type, and that the
     * file opens with the password and holds a certificate. Reads the file on the controller; the message never
     * holds the password.
     */
    public static String trustStore(String path, String type, String password) {
        return problem(() -> ConnectionSettings.checkTrustStore(path, type, password));
    }

    /** Checks {@code defaultRegion} of the global configuration. */
    public static String defaultRegion(String value) {
        return problem(() -> ConnectionSettings.checkRegion("defaultRegion", value));
    }

    private static String problem(Runnable check) {
        try {
            check.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
