package io.github.schematicsci.core.workspace;

import java.util.Locale;

/**
 * A workspace's {@code status}: an open value compared case-insensitively, as Schematics documents more states than
 * it spells consistently ({@code ACTIVE}, {@code INACTIVE}, {@code FAILED}, {@code DRAFT}, {@code TEMPLATE_ERROR},
 * {@code CONNECTING}, {@code INPROGRESS}, …).
 */
public final class WorkspaceStatus {
    public static final WorkspaceStatus ACTIVE = new WorkspaceStatus("ACTIVE");
    public static final WorkspaceStatus INACTIVE = new WorkspaceStatus("INACTIVE");
    public static final WorkspaceStatus FAILED = new WorkspaceStatus("FAILED");
    public static final WorkspaceStatus DRAFT = new WorkspaceStatus("DRAFT");
    public static final WorkspaceStatus UNKNOWN = new WorkspaceStatus("");

    private final String text;

    private WorkspaceStatus(String text) {
        this.text = text;
    }

    /** Returns the status {@code text} as the API spelled it ({@link #UNKNOWN} for null or blank). */
    public static WorkspaceStatus of(String text) {
        return text == null || text.isBlank() ? UNKNOWN : new WorkspaceStatus(text.strip());
    }

    /** Returns true when this status is {@code other}, ignoring case. */
    public boolean is(String other) {
        return other != null && text.equalsIgnoreCase(other.strip());
    }

    /** Returns true when the status is unknown (absent from the response). */
    public boolean isUnknown() {
        return text.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspaceStatus s && text.equalsIgnoreCase(s.text);
    }

    @Override
    public int hashCode() {
        return text.toUpperCase(Locale.ROOT).hashCode();
    }

    /** Returns the status as the API spelled it. */
    @Override
    public String toString() {
        return text;
    }
}
