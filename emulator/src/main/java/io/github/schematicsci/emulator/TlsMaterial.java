package io.github.schematicsci.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made at start with the JDK's own
 * {@code keytool} (the JDK has no public API to sign a certificate), and the files that go with it: the server
 * key store is read into an {@link SSLContext} and deleted at once; the clients' trust store stays in a private
 * temporary directory until {@link #close()}.
 */
final class TlsMaterial implements AutoCloseable {
  /** The trust store's password: the JDK's conventional one, since a trust store holds nothing secret. */
  static final String TRUST_STORE_PASSWORD = "changeit";
  static final Duration KEYTOOL_TIMEOUT = Duration.ofSeconds(60);
  private static final String ALIAS = "schematics-ci-emulator";
  private static final String PASSWORD_VARIABLE = "SCHEMATICS_CI_EMULATOR_KEYSTORE_PASSWORD";

  private final Path directory;
  private final Path trustStore;
  private final X509Certificate certificate;
  private final SSLContext serverContext;

  private TlsMaterial(Path directory, Path trustStore, X509Certificate certificate, SSLContext serverContext) {
    this.directory = directory;
    this.trustStore = trustStore;
    this.certificate = certificate;
    this.serverContext = serverContext;
  }

  /** Generates a new key pair and certificate with the running JDK's keytool. */
  static TlsMaterial generate() throws IOException {
    return generate(defaultKeytool(), KEYTOOL_TIMEOUT);
  }

  /**
   * Generates with the given keytool, waiting at most {@code timeout} for it.
   *
   * @throws IOException if keytool is missing, fails, or takes longer than {@code timeout}; the message says which
   */
  static TlsMaterial generate(Path keytool, Duration timeout) throws IOException {
    if (!Files.isExecutable(keytool)) {
      throw new IOException("HTTPS needs the JDK's keytool to make a certificate, and there is none at " + keytool
          + " (java.home is " + System.getProperty("java.home") + ")");
    }
    Path directory = Files.createTempDirectory("schematics-emulator-tls-");
    try {
      Path keyStore = directory.resolve("server.p12");
      char[] password = randomPassword();
      runKeytool(keytool, timeout, directory, keyStore, password);
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keyStore)) {
        keys.load(in, password);
      }
      Files.delete(keyStore); // the private key now lives only in memory
      X509Certificate certificate = (X509Certificate) keys.getCertificate(ALIAS);
      if (certificate == null) {
        throw new IOException("keytool made a key store without the entry '" + ALIAS + "'");
      }
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), null, null);

      Path trustStore = directory.resolve("truststore.p12");
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry(ALIAS, certificate);
      try (OutputStream out = Files.newOutputStream(trustStore)) {
        trust.store(out, TRUST_STORE_PASSWORD.toCharArray());
      }
      return new TlsMaterial(directory, trustStore, certificate, context);
    } catch (GeneralSecurityException e) {
      deleteRecursively(directory);
      throw new IOException("The emulator could not load the certificate keytool made: " + e, e);
    } catch (IOException | RuntimeException e) {
      deleteRecursively(directory);
      throw e;
    }
  }

  Path trustStore() {
    return trustStore;
  }

  X509Certificate certificate() {
    return certificate;
  }

  SSLContext serverContext() {
    return serverContext;
  }

  /** Deletes the trust store and its directory; best effort. */
  @Override
  public void close() {
    deleteRecursively(directory);
  }

  static Path defaultKeytool() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool");
  }

  private static void runKeytool(Path keytool, Duration timeout, Path directory, Path keyStore, char[] password)
      throws IOException {
    List<String> command = List.of(keytool.toString(), "-genkeypair",
        "-alias", ALIAS,
        "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
        "-dname", "CN=localhost",
        "-ext", "SAN=dns:localhost,ip:127.0.0.1",
        "-startdate", "-1d", "-validity", "4", // yesterday (clock skew) until three days from now
        "-keystore", keyStore.toString(), "-storetype", "PKCS12",
        "-storepass:env", PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE, // not on the command line
        "-noprompt");
    Path output = directory.resolve("keytool.log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put(PASSWORD_VARIABLE, new String(password));
    Process process = builder.start();
    process.getOutputStream().close(); // -noprompt: keytool must never wait for input
    boolean finished;
    try {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while keytool made the emulator's certificate", e);
    }
    if (!finished) {
      process.destroyForcibly();
      throw new IOException("keytool did not make the emulator's certificate within " + timeout.toMillis()
          + " ms: " + String.join(" ", command));
    }
    if (process.exitValue() != 0 || !Files.isRegularFile(keyStore)) {
      throw new IOException("keytool failed to make the emulator's certificate (exit " + process.exitValue() + "): "
          + String.join(" ", command) + System.lineSeparator() + tail(output));
    }
    Files.delete(output);
  }

  private static char[] randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes).toCharArray();
  }

  private static String tail(Path output) {
    try {
      String text = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).strip();
      return text.length() > 2_000 ? "…" + text.substring(text.length() - 2_000) : text;
    } catch (IOException | UncheckedIOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // A temporary file left behind is harmless; the OS cleans its temp directory.
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // As above.
    }
  }
}
