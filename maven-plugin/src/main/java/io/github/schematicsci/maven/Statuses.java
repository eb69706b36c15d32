package io.github.schematicsci.maven;

import io.github.schematicsci.core.workspace.WorkspaceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A comma-separated list of workspace statuses, as {@code requireStatus} and {@code status} take them
 * ({@code ACTIVE}, {@code ACTIVE,INACTIVE}); compared case-insensitively with the workspace's status.
 */
final class Statuses {
    /** The statuses Schematics reports; others are accepted too, since the list is open. */
    static final String KNOWN = "ACTIVE, INACTIVE, FAILED, DRAFT, TEMPLATE_ERROR, CONNECTING, INPROGRESS, SCANNING, STOPPED";
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final List<String> values;

    private Statuses(List<String> values) {
        this.values = values;
    }

    /**
     * Returns the list in {@code text}, or null when {@code text} is null or blank.
     *
     * @param parameter the parameter's name, for the error message
     * @throws IllegalArgumentException when an entry is not a status word
     */
    static Statuses parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String value = part.strip();
            if (!WORD.matcher(value).matches()) {
                throw new IllegalArgumentException(parameter + " '" + text + "' is not a comma-separated list of"
                        + " workspace statuses: '" + value + "' is not a status. Statuses are " + KNOWN + ".");
            }
            values.add(value.toUpperCase(Locale.ROOT));
        }
        return new Statuses(List.copyOf(values));
    }

    /** Returns true when {@code status} is one of the list. */
    boolean matches(WorkspaceStatus status) {
        for (String value : values) {
            if (status.is(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(" or ", values);
    }
}
