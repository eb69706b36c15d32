package io.github.schematicsci.core.workspace;

import java.util.Optional;

/**
 * What to look up: one workspace by id, or by exact name (optionally within a resource group), in a region or
 * everywhere, with or without its outputs. Validated when built, before any request. Immutable.
 */
public final class WorkspaceLookup {
    private final String id;
    private final String name;
    private final String resourceGroup;
    private final Region region;
    private final boolean outputs;

    private WorkspaceLookup(String id, String name, String resourceGroup, Region region, boolean outputs) {
        this.id = id;
        this.name = name;
        this.resourceGroup = resourceGroup;
        this.region = region;
        this.outputs = outputs;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns the id looked up, if the lookup is by id. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** Returns the name looked up, if the lookup is by name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> resourceGroup() {
        return Optional.ofNullable(resourceGroup);
    }

    /** Returns the region to look in; empty means the id's location, or every geography for a name. */
    public Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    /** Returns true when the outputs are read too. */
    public boolean outputs() {
        return outputs;
    }

    @Override
    public String toString() {
        return id != null ? "workspace " + id : "workspace named '" + name + "'"
                + (resourceGroup == null ? "" : " in resource group " + resourceGroup)
                + (region == null ? "" : " in " + region);
    }

    /** Builds a {@link WorkspaceLookup}; {@link #build()} checks the combination. */
    public static final class Builder {
        private String id;
        private String name;
        private String resourceGroup;
        private String region;
        private boolean outputs = true;
        private String idParameter = "id";
        private String nameParameter = "name";
        private String regionParameter = "region";

        private Builder() {
        }

        /** Names the parameters as the caller's users know them (e.g. {@code workspaceId}), for messages. */
        public Builder parameterNames(String idName, String nameName, String regionName) {
            idParameter = idName;
            nameParameter = nameName;
            regionParameter = regionName;
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

        public Builder region(Region value) {
            region = value == null ? null : value.id();
            return this;
        }

        public Builder outputs(boolean value) {
            outputs = value;
            return this;
        }

        /**
         * Returns the lookup.
         *
         * @throws IllegalArgumentException when both or neither of id and name are given, the id is malformed, the
         *     name is blank or padded, or the region is unknown; the message names the parameter
         */
        public WorkspaceLookup build() {
            boolean hasId = id != null && !id.isBlank();
            boolean hasName = name != null && !name.isEmpty();
            if (hasId && hasName) {
                throw new IllegalArgumentException("both " + idParameter + " and " + nameParameter
                        + " are given: give only one (" + idParameter + " for a workspace id, " + nameParameter
                        + " for an exact workspace name), not both");
            }
            if (!hasId && !hasName) {
                throw new IllegalArgumentException("neither " + idParameter + " nor " + nameParameter
                        + " is given: give " + idParameter + " (a workspace id such as "
                        + "us-east.workspace.my-infra.1a2b3c4d) or " + nameParameter + " (the workspace's exact name)");
            }
            Region parsedRegion;
            try {
                parsedRegion = region == null || region.isBlank() ? null : Region.of(region);
            } catch (IllegalArgumentException e) {
                // Region.of names the value "region '…'"; name it as the caller's users know it.
                throw new IllegalArgumentException(regionParameter + e.getMessage().substring("region".length()), e);
            }
            String group = resourceGroup == null || resourceGroup.isBlank() ? null : resourceGroup.strip();
            if (hasId) {
                return new WorkspaceLookup(WorkspaceIds.require(idParameter, id), null, group, parsedRegion, outputs);
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException(nameParameter + " is blank: give the workspace's exact name");
            }
            if (!name.equals(name.strip())) {
                throw new IllegalArgumentException(nameParameter + " '" + name + "' has leading or trailing "
                        + "whitespace: give the workspace's exact name");
            }
            if (name.length() > 128 || name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(nameParameter + " '" + WorkspaceIds.printable(name)
                        + "' is not a workspace name: names have at most 128 printable characters");
            }
            return new WorkspaceLookup(null, name, group, parsedRegion, outputs);
        }
    }
}
