package io.github.schematicsci.core.internal;

/** Removes known secrets from text that is about to leave core (exception messages, log lines). */
public final class Redactor {
    private Redactor() {
    }

    /** Returns {@code text} with every occurrence of each secret of 4 or more characters replaced by {@code ****}. */
    public static String scrub(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                result = result.replace(secret, "****");
            }
        }
        return result;
    }
}
