package io.github.schematicsci.maven.it;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP forward proxy for tests: it requires Basic proxy authentication (answering 407 first, as real
 * proxies do), forwards plain-HTTP requests in absolute form to their target, and records each request. Each
 * exchange uses its own connections ({@code Connection: close}). CONNECT tunnels are refused with 405: the IT
 * builds take their artifacts from the outer local repository, so only the plugin's calls should ever come here.
 */
public final class RecordingProxy implements Closeable {
    /** One request the proxy received: method, absolute target URI, and whether it carried the right credentials. */
    public record Exchange(String method, String target, boolean authorized, int status) {
    }

    private final ServerSocket server;
    private final String expectedAuthorization;
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "recording-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Exchange> exchanges = new ArrayList<>();

    private RecordingProxy(ServerSocket server, String username, String password) {
        this.server = server;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a proxy on a free loopback port that accepts only {@code username}/{@code password}. */
    public static RecordingProxy start(String username, String password) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        RecordingProxy proxy = new RecordingProxy(socket, username, password);
        proxy.pool.execute(proxy::acceptLoop);
        return proxy;
    }

    /** Returns the port the proxy listens on (host 127.0.0.1). */
    public int port() {
        return server.getLocalPort();
    }

    /** Returns a snapshot of the requests received so far, in order. */
    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Returns the requests that were authorized and forwarded. */
    public synchronized List<Exchange> forwarded() {
        return exchanges.stream().filter(Exchange::authorized).toList();
    }

    private synchronized void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pool.execute(() -> handle(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            String method = requestLine[0];
            String target = requestLine.length > 1 ? requestLine[1] : "";
            String authorization = null;
            int contentLength = 0;
            StringBuilder forwardHeaders = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = lines[i].substring(0, colon).trim();
                String value = lines[i].substring(colon + 1).trim();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("proxy-authorization")) {
                    authorization = value;
                } else if (lower.equals("content-length")) {
                    contentLength = Integer.parseInt(value);
                    forwardHeaders.append(name).append(": ").append(value).append("\r\n");
                } else if (!lower.equals("proxy-connection") && !lower.equals("connection")) {
                    forwardHeaders.append(name).append(": ").append(value).append("\r\n");
                }
            }
            byte[] body = in.readNBytes(contentLength);
            boolean authorized = expectedAuthorization.equals(authorization);
            if (!authorized) {
                record(new Exchange(method, target, false, 407));
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"it\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            if (method.equals("CONNECT") || !target.startsWith("http://")) {
                record(new Exchange(method, target, true, 405));
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            URI uri = URI.create(target);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            try (Socket upstream = new Socket(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort())) {
                OutputStream upOut = upstream.getOutputStream();
                upOut.write((method + " " + path + " HTTP/1.1\r\n" + forwardHeaders + "Connection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                upOut.write(body);
                upOut.flush();
                InputStream upIn = upstream.getInputStream();
                String responseHead = readHead(upIn);
                if (responseHead == null) {
                    record(new Exchange(method, target, true, 502));
                    return;
                }
                String[] responseLines = responseHead.split("\r\n");
                int status = Integer.parseInt(responseLines[0].split(" ")[1]);
                record(new Exchange(method, target, true, status));
                StringBuilder rewritten = new StringBuilder(responseLines[0]).append("\r\n");
                for (int i = 1; i < responseLines.length; i++) {
                    if (!responseLines[i].toLowerCase(Locale.ROOT).startsWith("connection:")) {
                        rewritten.append(responseLines[i]).append("\r\n");
                    }
                }
                rewritten.append("Connection: close\r\n\r\n");
                out.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
                upIn.transferTo(out);
                out.flush();
            }
        } catch (SocketException e) {
            // a peer closed: nothing to record
        } catch (IOException | RuntimeException e) {
            record(new Exchange("?", String.valueOf(e), false, -1));
        }
    }

    /** Reads up to and including the blank line ending an HTTP head; returns it without that line, or null at EOF. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        pool.shutdownNow();
    }

    @Override
    public String toString() {
        return "RecordingProxy{127.0.0.1:" + port() + ", " + exchanges().size() + " exchanges}";
    }
}
