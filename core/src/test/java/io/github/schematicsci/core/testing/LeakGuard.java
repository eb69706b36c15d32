package io.github.schematicsci.core.testing;

import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything a piece of code prints (stdout, stderr, java.util.logging) plus whatever texts the test adds
 * (exception traces, toString results, log lines), then fails if any secret appears in any of it. Unlike
 * {@link GuardedTest}'s extension, it also takes texts that were never printed (messages, {@code toString()}).
 */
public final class LeakGuard implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final List<String> texts = new ArrayList<>();
    private final Handler handler;
    private final Logger root = Logger.getLogger("");

    public LeakGuard() {
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (texts) {
                    texts.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
                    if (record.getThrown() != null) {
                        texts.add(trace(record.getThrown()));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
    }

    /** Adds a text the test produced (a message, a toString, a log). */
    public void add(String text) {
        synchronized (texts) {
            texts.add(String.valueOf(text));
        }
    }

    /** Adds a throwable's full printed stack trace, causes and suppressed included. */
    public void add(Throwable throwable) {
        add(trace(throwable));
    }

    public static String trace(Throwable throwable) {
        StringWriter writer = new StringWriter();
        throwable.printStackTrace(new PrintWriter(writer));
        return writer.toString();
    }

    /** Returns everything captured so far. */
    public String captured() {
        synchronized (texts) {
            return out.toString(StandardCharsets.UTF_8) + "\n" + String.join("\n", texts);
        }
    }

    /**
     * Fails when any of {@code secrets} occurs in what was captured, plain or encoded (the shared
     * {@link LeakScanner} does the matching and reports fingerprints, never a secret).
     */
    public void assertNoneOf(Collection<String> secrets) {
        LeakScanner.assertClean(LeakScanner.of(secrets).scan("captured output", captured()));
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        root.removeHandler(handler);
        root.setLevel(Level.INFO);
    }
}
