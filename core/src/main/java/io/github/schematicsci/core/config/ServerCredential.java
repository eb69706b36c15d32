package io.github.schematicsci.core.config;

/**
 * A username/password pair a build tool stores for a server id (a Maven settings.xml {@code <server>}, already
 * decrypted). {@link #toString()} never shows the password.
 *
 * @param serverId the id it is stored under, e.g. {@code ibmcloud}
 * @param username the user name, or null
 * @param password the password (an API key or an IBMid password), or null
 */
public record ServerCredential(String serverId, String username, String password) {
    @Override
    public String toString() {
        return "ServerCredential[serverId=" + serverId + ", username=" + username + ", password="
                + (password == null ? "none" : "****") + "]";
    }
}
