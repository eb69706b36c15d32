package io.github.schematicsci.core.testing;

import io.github.schematicsci.core.http.ClientLog;
import java.util.ArrayList;
import java.util.List;

/** Keeps every line core logs, for assertions and leak checks. Thread-safe. */
public final class CapturingLog implements ClientLog {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void debug(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public synchronized void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }
}
