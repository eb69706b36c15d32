package io.github.schematicsci.core.workspace;

import java.util.regex.Pattern;

/** Checks workspace ids locally, so that a malformed one never becomes a request. */
public final class WorkspaceIds {
    /** Letters, digits, '.', '_' and '-', starting with a letter or digit; 128 characters at most. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private WorkspaceIds() {
    }

    /**
     * Returns {@code id} stripped when it is a well-formed workspace id.
     *
     * @param parameter the parameter's name, for the message
     * @throws IllegalArgumentException naming the parameter and the valid form
     */
    public static String require(String parameter, String id) {
        String value = id == null ? "" : id.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(parameter + " is empty: give a workspace id such as "
                    + "us-east.workspace.my-infra.1a2b3c4d ('ibmcloud schematics workspace list' shows them)");
        }
        if (!ID.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException(parameter + " '" + printable(value) + "' is not a workspace id: ids "
                    + "look like us-east.workspace.my-infra.1a2b3c4d (letters, digits, '.', '_', '-'; no '..'; "
                    + "at most 128 characters)");
        }
        return value;
    }

    /** Shortens and escapes a bad value so that it can be shown in a message. */
    static String printable(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length() && text.length() < 60; i++) {
            char c = value.charAt(i);
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return value.length() > 60 ? text + "… (" + value.length() + " characters)" : text.toString();
    }
}
