package io.github.schematicsci.emulator.leaks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Copies what is written to {@code System.out}, {@code System.err} and {@code java.util.logging} (through a
 * handler on the root logger) while it is open; the output still goes where it went before. {@link #close()}
 * puts everything back. Not for tests that run in parallel: the streams and the root logger are global.
 */
final class OutputCapture implements AutoCloseable {
  private final PrintStream originalOut;
  private final PrintStream originalErr;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RecordingHandler handler = new RecordingHandler();
  private final Logger root;
  private final Level originalLevel;
  private boolean closed;

  private OutputCapture(Level logLevel) {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(new Tee(originalOut, out), true, charset("stdout")));
    System.setErr(new PrintStream(new Tee(originalErr, err), true, charset("stderr")));
    root = LogManager.getLogManager().getLogger("");
    originalLevel = root.getLevel();
    if (originalLevel == null || logLevel.intValue() < originalLevel.intValue()) {
      root.setLevel(logLevel); // record what a user debugging at that level would see printed
    }
    root.addHandler(handler);
  }

  /**
   * Starts capturing.
   *
   * @param logLevel the root logger is lowered to this level while capturing (never raised)
   */
  static OutputCapture start(Level logLevel) {
    return new OutputCapture(logLevel);
  }

  byte[] out() {
    synchronized (out) {
      return out.toByteArray();
    }
  }

  byte[] err() {
    synchronized (err) {
      return err.toByteArray();
    }
  }

  String log() {
    return handler.text();
  }

  /** Restores the streams and the root logger. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    System.out.flush();
    System.err.flush();
    System.setOut(originalOut);
    System.setErr(originalErr);
    root.removeHandler(handler);
    root.setLevel(originalLevel);
  }

  /**
   * The charset the JDK gave {@code System.out}/{@code System.err} ({@code stdout.encoding} since JDK 19,
   * {@code sun.stdout.encoding} before, else the default), so that the copy prints the same characters.
   */
  private static Charset charset(String stream) {
    for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding"}) {
      String name = System.getProperty(property);
      if (name != null) {
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
          // fall through to the default, as the JDK does
        }
      }
    }
    return Charset.defaultCharset();
  }

  /** Writes to the original stream and to a copy. */
  private static final class Tee extends OutputStream {
    private final PrintStream original;
    private final ByteArrayOutputStream copy;

    Tee(PrintStream original, ByteArrayOutputStream copy) {
      this.original = original;
      this.copy = copy;
    }

    @Override
    public void write(int b) {
      original.write(b);
      synchronized (copy) {
        copy.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      original.write(bytes, offset, length);
      synchronized (copy) {
        copy.write(bytes, offset, length);
      }
    }

    @Override
    public void flush() {
      original.flush();
    }

    @Override
    public void close() {
      flush(); // never close System.out
    }
  }

  /**
   * Keeps the text of every record: level, logger, the formatted message, the raw message and each parameter
   * (a formatter elsewhere might print them even when the message does not), and the stack trace of the thrown.
   */
  private static final class RecordingHandler extends Handler {
    private final StringBuilder text = new StringBuilder();
    private final SimpleFormatter formatter = new SimpleFormatter();

    RecordingHandler() {
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
      StringBuilder entry = new StringBuilder();
      entry.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ");
      try {
        entry.append(formatter.formatMessage(record));
      } catch (RuntimeException e) {
        entry.append("(message not formattable: ").append(e).append(')');
      }
      entry.append(System.lineSeparator()).append("  raw: ").append(record.getMessage());
      Object[] parameters = record.getParameters();
      if (parameters != null) {
        for (Object parameter : parameters) {
          entry.append(System.lineSeparator()).append("  parameter: ");
          try {
            entry.append(parameter);
          } catch (RuntimeException e) {
            entry.append("(toString failed: ").append(e).append(')');
          }
        }
      }
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        entry.append(System.lineSeparator()).append(trace);
      }
      synchronized (text) {
        text.append(entry).append(System.lineSeparator());
      }
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
