package io.github.schematicsci.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Response}, or damages it as a {@link Fault} says. */
final class ResponseWriter {
  private ResponseWriter() {}

  /**
   * Writes {@code response}; null writes nothing, so that closing the exchange drops the connection before
   * any header (the JDK server closes a connection whose exchange is closed before a response was started).
   */
  static void write(HttpExchange exchange, Response response, Fault fault) throws IOException {
    if (response == null) {
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    byte[] body = response.body();
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(response.status(), -1); // a HEAD answer has headers only
      return;
    }
    if (fault instanceof Fault.TruncatedBody) {
      exchange.sendResponseHeaders(response.status(), 0); // 0 = chunked: the message ends cleanly, the JSON does not
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body, 0, body.length / 2);
      }
      return;
    }
    if (fault instanceof Fault.ResetAfterHeaders) {
      exchange.sendResponseHeaders(response.status(), Math.max(1, body.length));
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
      // Closing the exchange with bytes still owed makes the JDK server close the connection.
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
