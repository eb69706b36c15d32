package io.jenkins.plugins.schematics;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Blank means unset, for every optional text field of the steps and the builder. */
final class Strings {
    private Strings() {
    }

    @CheckForNull
    static String trimToNull(@CheckForNull String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
