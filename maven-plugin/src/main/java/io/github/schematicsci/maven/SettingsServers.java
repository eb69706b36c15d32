package io.github.schematicsci.maven;

import io.github.schematicsci.core.config.ServerCredential;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads the one settings.xml {@code <server>} holding the IBM Cloud credential and decrypts it with Maven's
 * {@link SettingsDecrypter}. Only that server is decrypted, so an unrelated server that cannot be decrypted never
 * breaks the build.
 */
final class SettingsServers {
    private final Settings settings;
    private final SettingsDecrypter decrypter;

    SettingsServers(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /**
     * Returns the decrypted server {@code serverId}, or null when settings.xml has none and the id is the default
     * (the environment is tried next).
     *
     * @param isDefault whether {@code serverId} is the default; a server the user named explicitly must exist
     * @throws MojoFailureException when the id is blank, a named server is missing, or its password cannot be decrypted
     */
    ServerCredential read(String serverId, boolean isDefault) throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            throw new MojoFailureException("serverId is empty: give the id of a <server> in settings.xml (default "
                    + AbstractSchematicsMojo.DEFAULT_SERVER_ID + ")");
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            if (isDefault) {
                return null;
            }
            throw new MojoFailureException("serverId '" + serverId + "': settings.xml has no <server> with this id."
                    + " Add <server><id>" + serverId + "</id><password>your API key</password></server> to"
                    + " settings.xml, or remove serverId to use the default '"
                    + AbstractSchematicsMojo.DEFAULT_SERVER_ID + "' or the environment (IBMCLOUD_API_KEY).");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException(decryptionMessage("the password of settings.xml server '" + serverId
                        + "'", problem, server.getPassword()), problem.getException());
            }
        }
        Server decrypted = result.getServer();
        return new ServerCredential(serverId, decrypted.getUsername(), decrypted.getPassword());
    }

    /**
     * Returns the message for a decryption problem. Maven's message names the server and the cause; the encrypted
     * text is scrubbed in case a cause quotes it.
     */
    static String decryptionMessage(String what, SettingsProblem problem, String encrypted) {
        String detail = problem.getMessage() == null ? "" : problem.getMessage().strip();
        if (encrypted != null && encrypted.length() > 3) {
            detail = detail.replace(encrypted, "****");
        }
        while (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1);
        }
        return "Cannot decrypt " + what + ": " + detail + ". Check the master password in settings-security.xml"
                + " (~/.m2/settings-security.xml, or the file given by -Dsettings.security=...) and re-encrypt with"
                + " mvn --encrypt-password.";
    }
}
