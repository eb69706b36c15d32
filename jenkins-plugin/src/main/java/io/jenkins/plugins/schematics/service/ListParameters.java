package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import java.io.Serializable;

/**
 * The parameters of the {@code schematicsWorkspaces} step: which credential, and optionally a region, a resource
 * group and an account. Holds no secret (Pipeline serializes it). Immutable.
 */
public final class ListParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String credentialsId;
    private final String region;
    private final String resourceGroup;
    private final String accountId;

    public ListParameters(String credentialsId, String region, String resourceGroup, String accountId) {
        this.credentialsId = credentialsId;
        this.region = region;
        this.resourceGroup = resourceGroup;
        this.accountId = accountId;
    }

    public String credentialsId() {
        return credentialsId;
    }

    public String accountId() {
        return accountId;
    }

    /**
     * Returns core's list options, listing {@code defaultRegion} when no region is given (every geography when
     * that is null too).
     *
     * @throws IllegalArgumentException naming {@code credentialsId} or {@code region} and what would be valid
     */
    public ListOptions validate(Region defaultRegion) {
        CredentialKinds.requireId(credentialsId);
        ListOptions.Builder options = ListOptions.builder().resourceGroup(resourceGroup);
        if (region != null && !region.isBlank()) {
            options.region(Region.of(region)); // its message names "region" and the valid ones
        } else {
            options.region(defaultRegion);
        }
        return options.build();
    }

    @Override
    public String toString() {
        return "ListParameters{credentialsId=" + credentialsId + ", region=" + region + ", resourceGroup="
                + resourceGroup + ", accountId=" + accountId + "}";
    }
}
