package io.github.schematicsci.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingProxyTest {
    private HttpServer upstream;
    private RecordingProxy proxy;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/hello", exchange -> {
            byte[] body = ("hi " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        proxy = RecordingProxy.start("u", "p");
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    private String send(String authorization) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            String target = "http://127.0.0.1:" + upstream.getAddress().getPort() + "/hello?x=1";
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + (authorization == null ? "" : "Proxy-Authorization: " + authorization + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void asksForCredentialsThenForwardsAndRecords() throws IOException {
        String refused = send(null);
        String basic = "Basic " + Base64.getEncoder().encodeToString("u:p".getBytes(StandardCharsets.UTF_8));
        String answered = send(basic);

        assertThat(refused).startsWith("HTTP/1.1 407").contains("Proxy-Authenticate: Basic");
        assertThat(answered).startsWith("HTTP/1.1 200").contains("Connection: close").endsWith("hi /hello?x=1");
        assertThat(proxy.exchanges()).extracting(RecordingProxy.Exchange::status).containsExactly(407, 200);
        assertThat(proxy.forwarded()).singleElement()
                .satisfies(e -> assertThat(e.target()).endsWith("/hello?x=1"));
    }

    @Test
    void wrongCredentialsAreRefused() throws IOException {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("u:nope".getBytes(StandardCharsets.UTF_8));

        assertThat(send(wrong)).startsWith("HTTP/1.1 407");
        assertThat(proxy.forwarded()).isEmpty();
    }
}
