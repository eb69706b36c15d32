package io.github.schematicsci.core.workspace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Schematics workspace: the fields of {@code GET /v1/workspaces/{id}} a build can use. Immutable.
 *
 * <p>Text fields are empty, never null, when the API left them out; times are empty when absent or never set
 * ({@code 0001-01-01T00:00:00Z}).
 */
public final class Workspace {
    private final String id;
    private final String name;
    private final String crn;
    private final String location;
    private final String resourceGroup;
    private final String description;
    private final WorkspaceStatus status;
    private final String statusMessage;
    private final boolean locked;
    private final String lockedBy;
    private final Instant lockedAt;
    private final boolean frozen;
    private final String frozenBy;
    private final Instant frozenAt;
    private final String templateRepoUrl;
    private final String templateBranch;
    private final String templateCommit;
    private final String templateType;
    private final List<String> templateIds;
    private final List<String> tags;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;
    private final LastJob lastJob;

    private Workspace(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.crn = b.crn;
        this.location = b.location;
        this.resourceGroup = b.resourceGroup;
        this.description = b.description;
        this.status = b.status;
        this.statusMessage = b.statusMessage;
        this.locked = b.locked;
        this.lockedBy = b.lockedBy;
        this.lockedAt = b.lockedAt;
        this.frozen = b.frozen;
        this.frozenBy = b.frozenBy;
        this.frozenAt = b.frozenAt;
        this.templateRepoUrl = b.templateRepoUrl;
        this.templateBranch = b.templateBranch;
        this.templateCommit = b.templateCommit;
        this.templateType = b.templateType;
        this.templateIds = List.copyOf(b.templateIds);
        this.tags = List.copyOf(b.tags);
        this.createdAt = b.createdAt;
        this.createdBy = b.createdBy;
        this.updatedAt = b.updatedAt;
        this.updatedBy = b.updatedBy;
        this.lastJob = b.lastJob;
    }

    /** Returns a builder; core fills it from the API, tests may build values directly. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Returns the id, e.g. {@code us-east.workspace.net-prod.1a2b3c4d}. */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String crn() {
        return crn;
    }

    /** Returns the location the API reports, e.g. {@code us-east}. */
    public String location() {
        return location;
    }

    /** Returns the location as a {@link Region}, from {@link #location()} or else from the id's prefix. */
    public Optional<Region> region() {
        Optional<Region> fromLocation = Region.parse(location);
        return fromLocation.isPresent() ? fromLocation : Region.ofWorkspaceId(id);
    }

    /** Returns the resource group (name or id, as the API reports it). */
    public String resourceGroup() {
        return resourceGroup;
    }

    public String description() {
        return description;
    }

    public WorkspaceStatus status() {
        return status;
    }

    /** Returns {@code workspace_status_msg.status_msg}. */
    public String statusMessage() {
        return statusMessage;
    }

    /** Returns true while a job holds the workspace ({@code workspace_status.locked}). */
    public boolean locked() {
        return locked;
    }

    public String lockedBy() {
        return lockedBy;
    }

    public Optional<Instant> lockedAt() {
        return Optional.ofNullable(lockedAt);
    }

    /** Returns true when the workspace is frozen against changes ({@code workspace_status.frozen}). */
    public boolean frozen() {
        return frozen;
    }

    public String frozenBy() {
        return frozenBy;
    }

    public Optional<Instant> frozenAt() {
        return Optional.ofNullable(frozenAt);
    }

    /** Returns the template repository URL ({@code template_repo.url}, else {@code repo_url}/{@code full_url}). */
    public String templateRepoUrl() {
        return templateRepoUrl;
    }

    public String templateBranch() {
        return templateBranch;
    }

    /** Returns the commit the template was taken from ({@code repo_sha_value}, else {@code commit_id}). */
    public String templateCommit() {
        return templateCommit;
    }

    /** Returns the template type, e.g. {@code terraform_v1.5} ({@code type[0]}). */
    public String templateType() {
        return templateType;
    }

    /** Returns the ids of the workspace's templates ({@code template_data[].id}). */
    public List<String> templateIds() {
        return templateIds;
    }

    public List<String> tags() {
        return tags;
    }

    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Optional<LastJob> lastJob() {
        return Optional.ofNullable(lastJob);
    }

    /**
     * Returns the fields as an ordered map of plain, serializable Java values (String, Boolean, List of String;
     * times as ISO-8601 strings, empty when unset): what a Jenkins step returns and a JSON file holds.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("name", name);
        map.put("status", status.toString());
        map.put("location", location);
        map.put("resourceGroup", resourceGroup);
        map.put("crn", crn);
        map.put("description", description);
        map.put("statusMessage", statusMessage);
        map.put("locked", locked);
        map.put("lockedBy", lockedBy);
        map.put("lockedAt", text(lockedAt));
        map.put("frozen", frozen);
        map.put("frozenBy", frozenBy);
        map.put("frozenAt", text(frozenAt));
        map.put("templateType", templateType);
        map.put("templateRepoUrl", templateRepoUrl);
        map.put("templateBranch", templateBranch);
        map.put("templateCommit", templateCommit);
        map.put("tags", List.copyOf(tags));
        map.put("createdAt", text(createdAt));
        map.put("createdBy", createdBy);
        map.put("updatedAt", text(updatedAt));
        map.put("updatedBy", updatedBy);
        map.put("lastJobId", lastJob == null ? "" : lastJob.id());
        map.put("lastJobName", lastJob == null ? "" : lastJob.name());
        map.put("lastJobStatus", lastJob == null ? "" : lastJob.status());
        return map;
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workspace w && toMap().equals(w.toMap()) && templateIds.equals(w.templateIds);
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    @Override
    public String toString() {
        return "Workspace{" + id + ", name=" + name + ", location=" + location + ", resourceGroup=" + resourceGroup
                + ", status=" + status + (locked ? ", locked" : "") + (frozen ? ", frozen" : "") + "}";
    }

    /** Builds a {@link Workspace}; null text becomes empty. */
    public static final class Builder {
        private final String id;
        private String name = "";
        private String crn = "";
        private String location = "";
        private String resourceGroup = "";
        private String description = "";
        private WorkspaceStatus status = WorkspaceStatus.UNKNOWN;
        private String statusMessage = "";
        private boolean locked;
        private String lockedBy = "";
        private Instant lockedAt;
        private boolean frozen;
        private String frozenBy = "";
        private Instant frozenAt;
        private String templateRepoUrl = "";
        private String templateBranch = "";
        private String templateCommit = "";
        private String templateType = "";
        private List<String> templateIds = List.of();
        private List<String> tags = List.of();
        private Instant createdAt;
        private String createdBy = "";
        private Instant updatedAt;
        private String updatedBy = "";
        private LastJob lastJob;

        private Builder(String id) {
            this.id = id == null ? "" : id;
        }

        public Builder name(String value) {
            name = orEmpty(value);
            return this;
        }

        public Builder crn(String value) {
            crn = orEmpty(value);
            return this;
        }

        public Builder location(String value) {
            location = orEmpty(value);
            return this;
        }

        public Builder resourceGroup(String value) {
            resourceGroup = orEmpty(value);
            return this;
        }

        public Builder description(String value) {
            description = orEmpty(value);
            return this;
        }

        public Builder status(String value) {
            status = WorkspaceStatus.of(value);
            return this;
        }

        public Builder statusMessage(String value) {
            statusMessage = orEmpty(value);
            return this;
        }

        public Builder locked(boolean value, String by, Instant at) {
            locked = value;
            lockedBy = orEmpty(by);
            lockedAt = at;
            return this;
        }

        public Builder frozen(boolean value, String by, Instant at) {
            frozen = value;
            frozenBy = orEmpty(by);
            frozenAt = at;
            return this;
        }

        public Builder template(String type, String repoUrl, String branch, String commit) {
            templateType = orEmpty(type);
            templateRepoUrl = orEmpty(repoUrl);
            templateBranch = orEmpty(branch);
            templateCommit = orEmpty(commit);
            return this;
        }

        public Builder templateIds(List<String> value) {
            templateIds = value == null ? List.of() : value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value == null ? List.of() : value;
            return this;
        }

        public Builder created(Instant at, String by) {
            createdAt = at;
            createdBy = orEmpty(by);
            return this;
        }

        public Builder updated(Instant at, String by) {
            updatedAt = at;
            updatedBy = orEmpty(by);
            return this;
        }

        public Builder lastJob(LastJob value) {
            lastJob = value;
            return this;
        }

        public Workspace build() {
            return new Workspace(this);
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
