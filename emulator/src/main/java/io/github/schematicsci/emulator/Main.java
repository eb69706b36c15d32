package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator until the process is stopped.
 *
 * <pre>
 * java -jar schematics-ci-emulator-VERSION-all.jar [--port N] [--seed FILE] [--endpoints-file FILE]
 *     [--token-lifetime SECONDS] [--rate-limit N] [--accounts-page-size N] [--https]
 * </pre>
 *
 * Prints the endpoints (and, with the demo seed, the demo API key), then writes
 * {@code {"iam": URL, "accounts": URL, "schematics": URL-template}} to the endpoints file once the server
 * accepts connections; with {@code --https} the file also has {@code "trustStore": path,
 * "trustStorePassword": "changeit"}. SIGTERM or Ctrl+C stops it cleanly and deletes the endpoints file (and the
 * trust store).
 */
public final class Main {
  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar schematics-ci-emulator-<version>-all.jar [options]",
      "  --port N                 port on 127.0.0.1 (default 0: any free port)",
      "  --seed FILE              seed JSON (default: the demo seed)",
      "  --endpoints-file FILE    write {\"iam\",\"accounts\",\"schematics\"} URLs there once started",
      "  --token-lifetime SECONDS access-token lifetime (default 3600)",
      "  --rate-limit N           Schematics requests per minute, region and user (default 50; 0 = off)",
      "  --accounts-page-size N   accounts per page of /coe/v2/accounts (default 100)",
      "  --https                  serve HTTPS with a self-signed certificate for localhost/127.0.0.1;",
      "                           its PKCS12 trust store (password changeit) is printed and put in the endpoints file",
      "  --help                   print this");

  private Main() {}

  public static void main(String[] args) {
    Started started;
    try {
      started = start(args, System.out);
    } catch (IllegalArgumentException usage) {
      System.err.println("schematics-ci emulator: " + usage.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (IOException e) {
      System.err.println("schematics-ci emulator: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (started == null) {
      return; // --help
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      started.stop();
      stopped.countDown();
    }, "schematics-emulator-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A started emulator and the endpoints file to remove when it stops. */
  record Started(Emulator emulator, Path endpointsFile) {
    void stop() {
      emulator.close();
      if (endpointsFile != null) {
        try {
          Files.deleteIfExists(endpointsFile);
        } catch (IOException ignored) {
          // The file only points at a server that is gone; leaving it is harmless.
        }
      }
    }
  }

  /**
   * Parses {@code args}, starts the emulator, prints its endpoints to {@code out} and writes the endpoints
   * file. Returns null after printing the usage for {@code --help}.
   *
   * @throws IllegalArgumentException for a bad option, naming it
   * @throws IOException if the port, the seed or the endpoints file fails
   */
  static Started start(String[] args, PrintStream out) throws IOException {
    Emulator.Builder builder = Emulator.builder().clock(EmulatorClock.ticking());
    Path endpointsFile = null;
    boolean demo = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.equals("--help") || name.equals("-h")) {
        out.println(USAGE);
        return null;
      }
      if (name.equals("--https")) {
        builder.https(arg.contains("=") ? bool(name, arg.substring(arg.indexOf('=') + 1)) : true);
        continue;
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unknown option " + arg);
      }
      switch (name) {
        case "--port" -> builder.port(integer(name, value));
        case "--seed" -> {
          builder.seedFile(Path.of(value));
          demo = false;
        }
        case "--endpoints-file" -> endpointsFile = Path.of(value).toAbsolutePath();
        case "--token-lifetime" -> builder.tokenLifetime(Duration.ofSeconds(integer(name, value)));
        case "--rate-limit" -> builder.rateLimitPerMinute(integer(name, value));
        case "--accounts-page-size" -> builder.accountsPageSize(integer(name, value));
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }

    Emulator emulator = builder.start();
    try {
      out.println("schematics-ci emulator running on 127.0.0.1:" + emulator.port()
          + (emulator.https() ? " (HTTPS, self-signed certificate for localhost and 127.0.0.1)" : ""));
      out.println("  IAM:        " + emulator.iamUrl() + "  (POST /identity/token)");
      out.println("  Accounts:   " + emulator.accountsUrl() + "  (GET /coe/v2/accounts)");
      out.println("  Schematics: " + emulator.schematicsUrlTemplate() + "  (region: " + Regions.validNames() + ")");
      if (emulator.https()) {
        out.println("  Trust store: " + emulator.trustStore() + "  (PKCS12, password "
            + emulator.trustStorePassword() + "; deleted when the emulator stops)");
      }
      if (demo) {
        out.println("  Demo API key: " + DemoSeed.API_KEY + "  (account " + DemoSeed.ACCOUNT_ACME_PRODUCTION + ")");
      }
      if (endpointsFile != null) {
        writeEndpoints(emulator, endpointsFile);
        out.println("  Endpoints file: " + endpointsFile);
      }
      out.println("Stop with Ctrl+C or SIGTERM.");
      out.flush();
      return new Started(emulator, endpointsFile);
    } catch (IOException | RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  private static void writeEndpoints(Emulator emulator, Path file) throws IOException {
    ObjectNode endpoints = Json.MAPPER.createObjectNode();
    endpoints.put("iam", emulator.iamUrl());
    endpoints.put("accounts", emulator.accountsUrl());
    endpoints.put("schematics", emulator.schematicsUrlTemplate());
    if (emulator.https()) {
      endpoints.put("trustStore", emulator.trustStore().toString());
      endpoints.put("trustStorePassword", emulator.trustStorePassword());
    }
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temp, Json.text(endpoints) + System.lineSeparator(), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static boolean bool(String option, String value) {
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(option + " takes no value, or true or false: '" + value + "'");
    };
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number: '" + value + "'");
    }
  }
}
