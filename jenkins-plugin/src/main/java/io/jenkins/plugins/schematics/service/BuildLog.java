package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.http.ClientLog;
import java.io.PrintStream;

/**
 * Core's log, routed to the build log of whichever build is calling on this thread.
 *
 * <p>Why not one {@link ClientLog} per build: core's token managers are shared by every build in the JVM and keep
 * the log of the build that created them, so a per-build log would send a later build's token renewals to an
 * earlier build's (possibly finished) log. One process-wide instance that writes to the current thread's target
 * avoids that; a message from a thread with no target (none today: core calls back on the caller's thread) is
 * dropped. Debug messages are dropped; core never passes a secret, a token or a response body to its log.
 */
public final class BuildLog implements ClientLog {
    /** The only instance, given to every {@code HttpOptions} this plugin builds. */
    public static final BuildLog INSTANCE = new BuildLog();

    private static final ThreadLocal<PrintStream> TARGET = new ThreadLocal<>();

    private BuildLog() {
    }

    /** Routes core's messages on this thread to {@code out} until the returned scope is closed. */
    public static Scope to(PrintStream out) {
        PrintStream previous = TARGET.get();
        TARGET.set(out);
        return () -> {
            if (previous == null) {
                TARGET.remove();
            } else {
                TARGET.set(previous);
            }
        };
    }

    /** Prints {@code message} to this thread's build log, if it has one. */
    static void print(String message) {
        PrintStream out = TARGET.get();
        if (out != null) {
            out.println("[IBM Cloud] " + message);
        }
    }

    @Override
    public void debug(String message) {
        // Request-level detail would drown the build log; core's debug lines are for its own tests.
    }

    @Override
    public void info(String message) {
        print(message);
    }

    @Override
    public void warn(String message) {
        print("WARNING: " + message);
    }

    /** Ends a routing started by {@link #to}. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
