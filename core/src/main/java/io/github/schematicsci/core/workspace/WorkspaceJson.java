package io.github.schematicsci.core.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Times before this are the API's "never" ({@code 0001-01-01T00:00:00Z}). */
    private static final Instant NEVER_BEFORE = Instant.parse("0002-01-01T00:00:00Z");

    /**
     * Returns the instant of an RFC 3339 time (up to 9 fractional digits), or null when absent, unreadable or the
     * API's "never" value {@code 0001-01-01T00:00:00Z}.
     *
     * <p>Listing thousands of workspaces parses two to four times each, so the shape the API sends
     * ({@code yyyy-MM-ddTHH:mm:ss[.fffffffff](Z|±HH:MM)}) is read by position; anything else goes through
     * {@link OffsetDateTime#parse}, with the same results.
     */
    static Instant time(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T'
                && text.charAt(10) != 't') || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return parsedTime(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return parsedTime(text);
        }
        int i = 19;
        int nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                nanos = nanos * 10 + (text.charAt(i++) - '0');
            }
            if (i == start) {
                return parsedTime(text);
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && (text.charAt(i) == 'Z' || text.charAt(i) == 'z')) {
            offsetSeconds = 0;
        } else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
            int offsetHours = digits(text, i + 1, 2);
            int offsetMinutes = digits(text, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
                return parsedTime(text);
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(i) == '-' ? -1 : 1);
        } else {
            return parsedTime(text);
        }
        if (year < 2) {
            return null; // the API's "never"
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds,
                    nanos);
        } catch (DateTimeException e) {
            return null; // e.g. February 30th: one odd timestamp must not fail a whole lookup
        }
    }

    /** The general path: whatever {@link OffsetDateTime} reads, or null. */
    static Instant parsedTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            return instant.isBefore(NEVER_BEFORE) ? null : instant;
        } catch (DateTimeParseException e) {
            return null; // one odd timestamp must not fail a whole lookup
        }
    }

    /** Returns the decimal value of {@code length} digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
