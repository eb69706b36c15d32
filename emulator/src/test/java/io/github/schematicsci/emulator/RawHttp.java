package io.github.schematicsci.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One request over a plain socket, reading until the server closes: shows exactly what went over the wire. */
final class RawHttp {
  private RawHttp() {}

  /**
   * Sends {@code requestLine} with a bearer token and {@code Connection: keep-alive}, then returns every byte
   * received until the server closes the connection.
   *
   * @throws AssertionError if the server keeps the connection open for 5 s (it would hang a client)
   */
  static byte[] exchange(int port, String requestLine, String bearerToken) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + bearerToken
          + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the server kept the connection open after sending " + received.size() + " bytes");
      } catch (IOException reset) {
        // A reset after the bytes already read is what some faults do.
      }
      return received.toByteArray();
    }
  }
}
