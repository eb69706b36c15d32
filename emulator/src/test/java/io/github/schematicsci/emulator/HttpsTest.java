package io.github.schematicsci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class HttpsTest {
  private static Emulator emu;

  @BeforeAll
  static void startHttpsEmulator() throws IOException {
    emu = Emulator.builder().https(true).start();
  }

  @AfterAll
  static void stopHttpsEmulator() {
    emu.close();
  }

  @Test
  void urlsAreHttpsOnLoopback() {
    String base = "https://127.0.0.1:" + emu.port();

    assertThat(emu.https()).isTrue();
    assertThat(emu.iamUrl()).isEqualTo(base);
    assertThat(emu.accountsUrl()).isEqualTo(base);
    assertThat(emu.schematicsUrlTemplate()).isEqualTo(base + "/schematics/{region}");
    assertThat(emu.schematicsUrl("us-south")).isEqualTo(base + "/schematics/us-south");
    assertThat(emu.trustStorePassword()).isEqualTo("changeit");
    assertThat(emu).hasToString("Emulator[" + base + "]");
  }

  @Test
  void withTheTrustStoreEveryApiAnswers() throws Exception {
    TestHttp http = new TestHttp(emu, TestHttp.clientBuilder().sslContext(trusting(emu)).build());

    String token = http.accessToken(DemoSeed.API_KEY);
    assertThat(http.get(emu.accountsUrl() + "/coe/v2/accounts", token).statusCode()).isEqualTo(200);
    assertThat(TestHttp.json(http.get(emu.schematicsUrl("us-south") + "/v1/workspaces", token)).get("count").asInt())
        .isPositive();
  }

  @Test
  void faultsWorkOverHttpsToo() throws Exception {
    TestHttp http = new TestHttp(emu, TestHttp.clientBuilder().sslContext(trusting(emu)).build());
    emu.faults().next(Route.TOKEN, Fault.status(503));
    emu.faults().next(Route.TOKEN, Fault.resetBeforeHeaders());

    assertThat(http.token("grant_type", TestHttp.APIKEY_GRANT, "apikey", DemoSeed.API_KEY).statusCode()).isEqualTo(503);
    assertThat(http.sendExpectingFailure(tokenRequest(URI.create(emu.iamUrl() + "/identity/token"))))
        .isInstanceOf(IOException.class);
    assertThat(http.accessToken(DemoSeed.API_KEY)).isNotBlank();
  }

  @Test
  void withoutTheTrustStoreTheHandshakeFailsOnTheCertificate() {
    long before = emu.requests().count();
    TestHttp http = new TestHttp(emu); // the JDK's default trust store: the self-signed certificate is unknown

    IOException failure = http.sendExpectingFailure(tokenRequest(URI.create(emu.iamUrl() + "/identity/token")));

    assertThat(failure).isInstanceOf(SSLHandshakeException.class).hasMessageContaining("PKIX path building failed");
    assertThat(causes(failure)).anySatisfy(cause -> assertThat(cause).isInstanceOf(CertPathBuilderException.class)
        .hasMessageContaining("unable to find valid certification path to requested target"));
    assertThat(emu.requests().count()).as("no HTTP request got through").isEqualTo(before);
  }

  @Test
  void theCertificateIsSelfSignedForExactlyLocalhostAnd127001() throws Exception {
    X509Certificate certificate = emu.certificate();

    assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
    assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
    certificate.verify(certificate.getPublicKey()); // self-signed: its own key signed it
    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1")); // 2 = DNS, 7 = IP
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
    certificate.checkValidity();
    assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
        .isEqualTo(Duration.ofDays(4));
    assertThat(certificate.getNotAfter().toInstant()).isBefore(Instant.now().plus(Duration.ofDays(4)));

    try (SSLSocket socket = handshake("localhost", true)) {
      assertThat(socket.getSession().getPeerCertificates()).containsExactly(certificate);
    }
  }

  @Test
  void theTrustStoreHoldsOnlyTheCertificate() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(emu.trustStore())) {
      trust.load(in, emu.trustStorePassword().toCharArray());
    }

    List<String> aliases = Collections.list(trust.aliases());
    assertThat(aliases).hasSize(1);
    assertThat(trust.isCertificateEntry(aliases.get(0))).isTrue();
    assertThat(trust.isKeyEntry(aliases.get(0))).as("no private key for clients").isFalse();
    assertThat(trust.getCertificate(aliases.get(0))).isEqualTo(emu.certificate());
  }

  @Test
  void hostnameVerificationRefusesANameTheCertificateDoesNotHave() throws Exception {
    try (SSLSocket socket = handshake("localhost", true)) {
      assertThat(socket.getSession().getPeerHost()).isEqualTo("localhost");
    }

    assertThatThrownBy(() -> handshake("not-localhost.example", true).close())
        .isInstanceOf(SSLHandshakeException.class)
        .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(cause)
            .isInstanceOf(CertificateException.class)
            .hasMessageContaining("No subject alternative DNS name matching not-localhost.example found")));

    // The same trust, the same server, only the check switched off: the handshake passes. So the refusal above
    // came from hostname verification, not from trust.
    try (SSLSocket socket = handshake("not-localhost.example", false)) {
      assertThat(socket.getSession().getPeerCertificates()).containsExactly(emu.certificate());
    }
  }

  @Test
  void theHttpClientRefusesAnAddressTheCertificateDoesNotName() throws Exception {
    try (Forwarder forwarder = Forwarder.start("127.0.0.2", emu.port())) {
      HttpClient client = TestHttp.clientBuilder().sslContext(trusting(emu)).build();
      URI other = URI.create("https://127.0.0.2:" + forwarder.port() + "/identity/token");

      IOException failure = new TestHttp(emu, client).sendExpectingFailure(tokenRequest(other));

      assertThat(failure).isInstanceOf(SSLHandshakeException.class);
      assertThat(causes(failure)).anySatisfy(cause -> assertThat(cause).isInstanceOf(CertificateException.class)
          .hasMessageContaining("No subject alternative names matching IP address 127.0.0.2 found"));
      assertThat(forwarder.connections()).as("the bytes did reach the emulator").isPositive();
    }
  }

  @Test
  void theHttpClientAcceptsLocalhostByName() throws Exception {
    assumeTrue(InetAddress.getByName("localhost").getHostAddress().equals("127.0.0.1"),
        "localhost resolves to 127.0.0.1 here");
    HttpClient client = TestHttp.clientBuilder().sslContext(trusting(emu)).build();
    URI byName = URI.create("https://localhost:" + emu.port() + "/schematics/us/v1/workspaces");

    int status = new TestHttp(emu, client).send(HttpRequest.newBuilder(byName).timeout(Duration.ofSeconds(10))
        .GET().build()).statusCode();

    assertThat(status).as("TLS passed, the API answered (no token)").isEqualTo(401);
  }

  @Test
  void theTrustStoreIsDeletedOnClose() throws IOException {
    Path trustStore;
    try (Emulator other = Emulator.builder().https(true).start()) {
      trustStore = other.trustStore();
      assertThat(trustStore).isRegularFile();
      try (Stream<Path> files = Files.list(trustStore.getParent())) {
        assertThat(files).as("the server key store is deleted once loaded").containsExactly(trustStore);
      }
      assertThat(other.certificate()).as("a new certificate per emulator").isNotEqualTo(emu.certificate());
    }
    assertThat(trustStore).doesNotExist();
    assertThat(trustStore.getParent()).doesNotExist();
  }

  @Test
  void plainHttpIsUnchanged() throws IOException {
    try (Emulator plain = Emulator.builder().start()) {
      assertThat(plain.https()).isFalse();
      assertThat(plain.iamUrl()).isEqualTo("http://127.0.0.1:" + plain.port());
      assertThat(plain.schematicsUrlTemplate()).startsWith("http://127.0.0.1:");
      assertThat(plain.trustStore()).isNull();
      assertThat(plain.trustStorePassword()).isNull();
      assertThat(plain.certificate()).isNull();
      assertThat(new TestHttp(plain).accessToken(DemoSeed.API_KEY)).isNotBlank();
    }
  }

  @Test
  void aMissingKeytoolIsAClearError() {
    Path missing = Path.of("no-such-dir", "keytool");

    assertThatThrownBy(() -> TlsMaterial.generate(missing, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("HTTPS needs the JDK's keytool to make a certificate, and there is none at "
            + missing);
  }

  @Test
  void aFailingKeytoolIsAClearErrorWithItsOutput() {
    Path notKeytool = Path.of(System.getProperty("java.home"), "bin",
        TlsMaterial.defaultKeytool().getFileName().toString().replace("keytool", "java"));

    assertThatThrownBy(() -> TlsMaterial.generate(notKeytool, Duration.ofSeconds(30)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("keytool failed to make the emulator's certificate (exit 1): " + notKeytool
            + " -genkeypair")
        .hasMessageContaining("Unrecognized option: -genkeypair"); // the tool's own output, for the reader
  }

  @Test
  void aSlowKeytoolIsStoppedAfterTheTimeout() {
    assertThatThrownBy(() -> TlsMaterial.generate(TlsMaterial.defaultKeytool(), Duration.ofMillis(1)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("keytool did not make the emulator's certificate within 1 ms: ");
  }

  @Nested
  class ThroughTheExtension {
    @RegisterExtension
    final EmulatorExtension extension = EmulatorExtension.builder().https(true).build();

    @Test
    void startsAnHttpsEmulator(Emulator started) throws Exception {
      assertThat(started.iamUrl()).startsWith("https://127.0.0.1:");
      TestHttp http = new TestHttp(started, TestHttp.clientBuilder().sslContext(trusting(started)).build());
      assertThat(http.accessToken(DemoSeed.API_KEY)).isNotBlank();
    }
  }

  /** An SSLContext that trusts exactly what {@code emulator}'s trust store holds. */
  static SSLContext trusting(Emulator emulator) throws IOException, GeneralSecurityException {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(emulator.trustStore())) {
      trust.load(in, emulator.trustStorePassword().toCharArray());
    }
    TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trustManagers.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trustManagers.getTrustManagers(), null);
    return context;
  }

  /**
   * Connects to the emulator on 127.0.0.1 and shakes hands as if it had been reached as {@code host} (SNI and
   * peer host), trusting its certificate, with or without HTTPS hostname verification.
   */
  private static SSLSocket handshake(String host, boolean verifyHostname) throws Exception {
    Socket plain = new Socket();
    plain.connect(new InetSocketAddress("127.0.0.1", emu.port()), 5_000);
    plain.setSoTimeout(10_000);
    SSLSocket socket = (SSLSocket) trusting(emu).getSocketFactory().createSocket(plain, host, emu.port(), true);
    try {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm(verifyHostname ? "HTTPS" : null);
      parameters.setServerNames(List.of(new SNIHostName(host)));
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static HttpRequest tokenRequest(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=urn%3Aibm%3Aparams%3Aoauth%3Agrant-type%3Aapikey"
            + "&apikey=" + DemoSeed.API_KEY))
        .build();
  }

  private static List<Throwable> causes(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  /** Relays TCP connections from another loopback address to the emulator, so a client reaches it by that name. */
  private static final class Forwarder implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private volatile int connections;

    private Forwarder(ServerSocket server, int targetPort) {
      this.server = server;
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket client = server.accept();
            Socket upstream = new Socket("127.0.0.1", targetPort);
            sockets.add(client);
            sockets.add(upstream);
            connections++;
            pump(client, upstream);
            pump(upstream, client);
          } catch (IOException closed) {
            return;
          }
        }
      }, "forwarder-accept");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    static Forwarder start(String address, int targetPort) throws IOException {
      ServerSocket server = new ServerSocket();
      try {
        server.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      } catch (IOException e) {
        server.close();
        assumeTrue(false, "this system cannot bind " + address + " (" + e.getMessage() + ")");
      }
      return new Forwarder(server, targetPort);
    }

    int port() {
      return server.getLocalPort();
    }

    int connections() {
      return connections;
    }

    private void pump(Socket from, Socket to) {
      Thread thread = new Thread(() -> {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          in.transferTo(out);
        } catch (IOException ignored) {
          // one side closed
        } finally {
          closeQuietly(from);
          closeQuietly(to);
        }
      }, "forwarder-pump");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws IOException {
      server.close();
      synchronized (sockets) {
        sockets.forEach(Forwarder::closeQuietly);
      }
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
