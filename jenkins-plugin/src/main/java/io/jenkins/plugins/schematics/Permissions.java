package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import jenkins.model.Jenkins;

/** The permission rule of every form method that lists, checks or uses credentials (credentials' consumer guide). */
final class Permissions {
    private Permissions() {
    }

    /**
     * Returns true when the current user may see and use credentials in the context of {@code item}: Overall/Administer
     * without an item, Item/ExtendedRead or Credentials/UseItem on one.
     */
    static boolean mayUseCredentials(@CheckForNull Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
