package io.github.schematicsci.core.config;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.Passcode;
import java.util.Map;

/**
 * Finds the credential of a build, in one order shared by the build plugins:
 *
 * <ol>
 *   <li>the build tool's stored server ({@code serverId}): a password alone, or user {@code apikey}/{@code iamapikey},
 *       is an API key; any other user is an IBMid with its password;
 *   <li>the environment: {@code IBMCLOUD_API_KEY}, then {@code IC_API_KEY};
 *   <li>{@code SCHEMATICS_PASSCODE}: a one-time passcode.
 * </ol>
 */
public final class CredentialResolver {
    public static final String ENV_API_KEY = "IBMCLOUD_API_KEY";
    public static final String ENV_API_KEY_ALIAS = "IC_API_KEY";
    public static final String ENV_PASSCODE = "SCHEMATICS_PASSCODE";

    private CredentialResolver() {
    }

    /**
     * Returns the first credential found.
     *
     * @param serverId the server id looked for (for the message when nothing is found)
     * @param server the stored server with that id, or null when there is none
     * @param environment the build's environment variables
     * @throws CredentialNotFoundException listing the three ways when none is configured
     * @throws IllegalArgumentException when the one found is malformed (named, never echoed)
     */
    public static ResolvedCredential resolve(String serverId, ServerCredential server, Map<String, String> environment) {
        if (server != null) {
            String source = "settings server '" + server.serverId() + "'";
            if (server.password() == null || server.password().isEmpty()) {
                throw new IllegalArgumentException(source + " has no password: put the API key in <password> "
                        + "(with no <username>, or <username>apikey</username>), or an IBMid's password with its "
                        + "<username>");
            }
            Credential credential;
            try {
                credential = Credential.fromUsernameAndPassword(server.username(), server.password());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
            return new ResolvedCredential(credential, source + " (" + credential.kind().label() + ")");
        }
        for (String name : new String[] {ENV_API_KEY, ENV_API_KEY_ALIAS}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                try {
                    return new ResolvedCredential(ApiKey.of(value), "environment variable " + name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("environment variable " + name + ": " + e.getMessage(), e);
                }
            }
        }
        String passcode = environment.get(ENV_PASSCODE);
        if (passcode != null && !passcode.isEmpty()) {
            try {
                return new ResolvedCredential(Passcode.of(passcode), "environment variable " + ENV_PASSCODE);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("environment variable " + ENV_PASSCODE + ": " + e.getMessage(), e);
            }
        }
        throw new CredentialNotFoundException("no IBM Cloud credential found. Give one of: "
                + "(1) a <server> with id '" + serverId + "' in settings.xml whose <password> is an API key "
                + "(encrypted with 'mvn --encrypt-password' if you like); "
                + "(2) the environment variable " + ENV_API_KEY + " (or " + ENV_API_KEY_ALIAS + ") holding an API key; "
                + "(3) the environment variable " + ENV_PASSCODE + " holding a one-time passcode from "
                + "'ibmcloud login --sso'");
    }
}
