package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import io.github.schematicsci.core.workspace.WorkspaceStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The parameters of one workspace lookup, as the {@code schematicsWorkspace} step and the freestyle builder take
 * them. Holds only ids and names, never a secret, because Pipeline serializes it with the step's execution.
 * Immutable; {@link #validate} checks everything that can be checked before a request.
 */
public final class WorkspaceParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String credentialsId;
    private final String id;
    private final String name;
    private final String resourceGroup;
    private final String region;
    private final String accountId;
    private final boolean outputs;
    private final boolean includeSensitive;
    private final String requireStatus;

    private WorkspaceParameters(Builder b) {
        this.credentialsId = b.credentialsId;
        this.id = b.id;
        this.name = b.name;
        this.resourceGroup = b.resourceGroup;
        this.region = b.region;
        this.accountId = b.accountId;
        this.outputs = b.outputs;
        this.includeSensitive = b.includeSensitive;
        this.requireStatus = b.requireStatus;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String credentialsId() {
        return credentialsId;
    }

    public String accountId() {
        return accountId;
    }

    public boolean outputs() {
        return outputs;
    }

    public boolean includeSensitive() {
        return includeSensitive;
    }

    /**
     * Returns core's lookup for these parameters, using {@code defaultRegion} for name lookups that give no region
     * (an id names its own region).
     *
     * @throws IllegalArgumentException naming the parameter ({@code credentialsId}, {@code id}, {@code name},
     *     {@code region}, {@code requireStatus}) and what would be valid
     */
    public WorkspaceLookup validate(Region defaultRegion) {
        CredentialKinds.requireId(credentialsId);
        allowedStatuses();
        boolean byName = id == null || id.isBlank();
        String effectiveRegion = region != null && !region.isBlank() ? region
                : byName && defaultRegion != null ? defaultRegion.id() : null;
        return WorkspaceLookup.builder()
                .id(id)
                .name(name)
                .resourceGroup(resourceGroup)
                .region(effectiveRegion)
                .outputs(outputs)
                .build();
    }

    /**
     * Returns the statuses {@code requireStatus} allows (upper case), or an empty list when any status is fine.
     *
     * @throws IllegalArgumentException when an entry is not a status word
     */
    public List<String> allowedStatuses() {
        if (requireStatus == null || requireStatus.isBlank()) {
            return List.of();
        }
        List<String> statuses = new ArrayList<>();
        for (String entry : requireStatus.split("[,|\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            if (!entry.matches("[A-Za-z_]{1,40}")) {
                throw new IllegalArgumentException("requireStatus '" + requireStatus.strip() + "' is not a list of "
                        + "workspace statuses: give one or more of ACTIVE, INACTIVE, FAILED, DRAFT, … separated by "
                        + "commas, e.g. requireStatus: 'ACTIVE'");
            }
            statuses.add(entry.toUpperCase(Locale.ROOT));
        }
        return Collections.unmodifiableList(statuses);
    }

    /** Returns null when {@code status} is allowed, otherwise the sentence saying why the build stops. */
    String statusProblem(String workspace, WorkspaceStatus status) {
        List<String> allowed = allowedStatuses();
        if (allowed.isEmpty() || allowed.stream().anyMatch(status::is)) {
            return null;
        }
        return "workspace " + workspace + " is " + (status.isUnknown() ? "of unknown status" : status.toString())
                + ", but requireStatus allows only " + String.join(", ", allowed);
    }

    @Override
    public String toString() {
        return "WorkspaceParameters{credentialsId=" + credentialsId + ", id=" + id + ", name=" + name
                + ", resourceGroup=" + resourceGroup + ", region=" + region + ", accountId=" + accountId
                + ", outputs=" + outputs + ", includeSensitive=" + includeSensitive + ", requireStatus="
                + requireStatus + "}";
    }

    /** Builds {@link WorkspaceParameters}; blank strings count as not given. */
    public static final class Builder {
        private String credentialsId;
        private String id;
        private String name;
        private String resourceGroup;
        private String region;
        private String accountId;
        private boolean outputs = true;
        private boolean includeSensitive;
        private String requireStatus;

        private Builder() {
        }

        public Builder credentialsId(String value) {
            credentialsId = value;
            return this;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder resourceGroup(String value) {
            resourceGroup = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder accountId(String value) {
            accountId = value;
            return this;
        }

        public Builder outputs(boolean value) {
            outputs = value;
            return this;
        }

        public Builder includeSensitive(boolean value) {
            includeSensitive = value;
            return this;
        }

        public Builder requireStatus(String value) {
            requireStatus = value;
            return this;
        }

        public WorkspaceParameters build() {
            return new WorkspaceParameters(this);
        }
    }
}
