package io.github.schematicsci.maven;

import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven {@link Log} that keeps every line as "LEVEL message", for assertions. */
final class RecordingLog implements Log {
    final List<String> lines = new ArrayList<>();

    String text() {
        return String.join("\n", lines);
    }

    /**
     * Fails, with the shared {@link LeakScanner}'s message (which never holds a secret), if any of {@code secrets}
     * was logged: plain, base64 or URL-encoded. Every secret must be long enough to be looked for.
     */
    void assertNoSecrets(String... secrets) {
        LeakScanner scanner = LeakScanner.of(List.of(secrets));
        if (scanner.secretCount() != secrets.length) {
            throw new IllegalArgumentException("a secret shorter than " + LeakScanner.MIN_SECRET_LENGTH
                    + " characters would not be looked for");
        }
        scanner.assertNoLeaks("Maven log", text());
    }

    private void add(String level, CharSequence content, Throwable error) {
        lines.add(level + " " + (content == null ? "" : content) + (error == null ? "" : " " + error));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("DEBUG", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        add("DEBUG", content, error);
    }

    @Override
    public void debug(Throwable error) {
        add("DEBUG", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("INFO", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("INFO", content, error);
    }

    @Override
    public void info(Throwable error) {
        add("INFO", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("WARN", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("WARN", content, error);
    }

    @Override
    public void warn(Throwable error) {
        add("WARN", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("ERROR", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("ERROR", content, error);
    }

    @Override
    public void error(Throwable error) {
        add("ERROR", null, error);
    }
}
