package io.github.schematicsci.core.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire shape of a workspace, as much of it as {@link Workspace} keeps. Jackson skips every other field (the
 * bulky {@code template_data[].variablestore}, {@code runtime_data}, …) without building it.
 */
final class WorkspaceJson {
    public String id;
    public String name;
    public String crn;
    public List<String> type;
    public String description;
    @JsonProperty("resource_group")
    public String resourceGroup;
    public String location;
    public List<String> tags;
    @JsonProperty("created_at")
    public String createdAt;
    @JsonProperty("created_by")
    public String createdBy;
    @JsonProperty("updated_at")
    public String updatedAt;
    @JsonProperty("updated_by")
    public String updatedBy;
    public String status;
    @JsonProperty("workspace_status_msg")
    public StatusMessage statusMessage;
    @JsonProperty("workspace_status")
    public State state;
    @JsonProperty("template_repo")
    public TemplateRepo templateRepo;
    @JsonProperty("template_data")
    public List<Template> templates;
    @JsonProperty("last_job")
    public Job lastJob;

    static final class StatusMessage {
        @JsonProperty("status_code")
        public String code;
        @JsonProperty("status_msg")
        public String message;
    }

    static final class State {
        public Boolean frozen;
        @JsonProperty("frozen_at")
        public String frozenAt;
        @JsonProperty("frozen_by")
        public String frozenBy;
        public Boolean locked;
        @JsonProperty("locked_by")
        public String lockedBy;
        @JsonProperty("locked_time")
        public String lockedTime;
    }

    static final class TemplateRepo {
        public String url;
        @JsonProperty("repo_url")
        public String repoUrl;
        @JsonProperty("full_url")
        public String fullUrl;
        public String branch;
        public String release;
        @JsonProperty("repo_sha_value")
        public String shaValue;
        @JsonProperty("commit_id")
        public String commitId;
    }

    static final class Template {
        public String id;
        public String folder;
        public String type;
    }

    static final class Job {
        @JsonProperty("job_id")
        public String id;
        @JsonProperty("job_name")
        public String name;
        @JsonProperty("job_status")
        public String status;
    }

    /** The list response: {@code {count, limit, offset, workspaces}}. */
    static final class Page {
        public Long count;
        public Long limit;
        public Long offset;
        public List<WorkspaceJson> workspaces;
    }

    Workspace toWorkspace() {
        Workspace.Builder builder = Workspace.builder(id)
                .name(name)
                .crn(crn)
                .location(location)
                .resourceGroup(resourceGroup)
                .description(description)
                .status(status)
                .tags(tags == null ? List.of() : tags.stream().filter(t -> t != null).toList())
                .created(time(createdAt), createdBy)
                .updated(time(updatedAt), updatedBy);
        if (statusMessage != null) {
            builder.statusMessage(statusMessage.message);
        }
        if (state != null) {
            builder.locked(Boolean.TRUE.equals(state.locked), state.lockedBy, time(state.lockedTime));
            builder.frozen(Boolean.TRUE.equals(state.frozen), state.frozenBy, time(state.frozenAt));
        }
        String templateType = type != null && !type.isEmpty() ? type.get(0) : null;
        List<String> ids = new ArrayList<>();
        if (templates != null) {
            for (Template template : templates) {
                if (template != null && template.id != null) {
                    ids.add(template.id);
                }
                if (templateType == null && template != null) {
                    templateType = template.type;
                }
            }
        }
        builder.templateIds(ids);
        if (templateRepo != null) {
            builder.template(templateType, first(templateRepo.url, templateRepo.repoUrl, templateRepo.fullUrl),
                    templateRepo.branch, first(templateRepo.shaValue, templateRepo.commitId));
        } else {
            builder.template(templateType, null, null, null);
        }
        if (lastJob != null && (lastJob.id != null || lastJob.name != null || lastJob.status != null)) {
            builder.lastJob(new LastJob(lastJob.id, lastJob.name, lastJob.status));
        }
        return builder.build();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * Returns the instant of an RFC 3339 time (up to 9 fractional digits), or null when absent, unreadable or the
     * API's "never" value {@code 0001-01-01T00:00:00Z}.
     */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            return instant.isBefore(Instant.parse("0002-01-01T00:00:00Z")) ? null : instant;
        } catch (DateTimeParseException e) {
            return null; // one odd timestamp must not fail a whole lookup
        }
    }
}
