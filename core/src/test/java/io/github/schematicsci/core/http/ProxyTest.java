package io.github.schematicsci.core.http;

import io.github.schematicsci.core.testing.GuardedTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.testing.Fixture;
import io.github.schematicsci.core.testing.TestSeeds;
import io.github.schematicsci.core.testing.TestWorkspaces;
import io.github.schematicsci.emulator.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Calls go through the configured proxy, with its credentials, except to the non-proxy hosts. */
@Timeout(30)
class ProxyTest extends GuardedTest {
    private static final okhttp3.OkHttpClient DIRECT = new okhttp3.OkHttpClient.Builder()
            .proxy(java.net.Proxy.NO_PROXY).build();
    private final List<String> proxied = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer proxy = startProxy();
    private final Fixture fixture = Fixture.start(TestWorkspaces.seed());

    @AfterEach
    void stop() {
        proxy.stop(0);
        fixture.close();
    }

    /** A forward proxy that requires Basic proxy credentials and records the absolute URIs it forwards. */
    private HttpServer startProxy() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String auth = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
                String expected = "Basic " + Base64.getEncoder().encodeToString("proxy-user:Proxy-Pw-777".getBytes());
                if (!expected.equals(auth)) {
                    exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test\"");
                    exchange.sendResponseHeaders(407, -1);
                    exchange.close();
                    return;
                }
                URI target = exchange.getRequestURI();
                proxied.add(exchange.getRequestMethod() + " " + target);
                // Forward with OkHttp: the JDK's HttpURLConnection logs request headers (the bearer token) at FINEST.
                okhttp3.Request.Builder forward = new okhttp3.Request.Builder().url(target.toString());
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("Proxy-Authorization") && !name.equalsIgnoreCase("Host")
                            && !name.equalsIgnoreCase("Content-Length")) {
                        values.forEach(v -> forward.addHeader(name, v));
                    }
                });
                if (exchange.getRequestMethod().equals("POST")) {
                    byte[] body;
                    try (InputStream in = exchange.getRequestBody()) {
                        body = in.readAllBytes();
                    }
                    String type = exchange.getRequestHeaders().getFirst("Content-Type");
                    forward.post(okhttp3.RequestBody.create(body, type == null ? null : okhttp3.MediaType.get(type)));
                }
                try (okhttp3.Response response = DIRECT.newCall(forward.build()).execute()) {
                    byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
                    String type = response.header("Content-Type");
                    if (type != null) {
                        exchange.getResponseHeaders().add("Content-Type", type);
                    }
                    exchange.sendResponseHeaders(response.code(), body.length == 0 ? -1 : body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private io.github.schematicsci.core.IbmCloud cloudVia(ProxySettings settings) {
        HttpOptions options = fixture.options().newBuilder().proxy(settings).build();
        return io.github.schematicsci.core.IbmCloud.builder().credential(ApiKey.of(TestSeeds.KEY_A))
                .endpoints(fixture.endpoints()).httpOptions(options).sharedTokens(false).build();
    }

    @Test
    void everyCallGoesThroughTheAuthenticatedProxy() {
        ProxySettings settings = ProxySettings.builder("127.0.0.1", proxy.getAddress().getPort())
                .credentials("proxy-user", "Proxy-Pw-777").build();
        assertThat(cloudVia(settings).workspaces().get(TestWorkspaces.NET_EAST).name()).isEqualTo("net-prod");
        assertThat(proxied).hasSize(2);
        assertThat(proxied.get(0)).startsWith("POST http://127.0.0.1:").endsWith("/identity/token");
        assertThat(proxied.get(1)).endsWith("/schematics/us-east/v1/workspaces/" + TestWorkspaces.NET_EAST);
    }

    @Test
    void wrongProxyCredentialsFailWithoutLooping() {
        ProxySettings settings = ProxySettings.builder("127.0.0.1", proxy.getAddress().getPort())
                .credentials("proxy-user", "wrong").build();
        assertThatThrownBy(() -> cloudVia(settings).token())
                .isInstanceOfSatisfying(IbmCloudException.class, e -> assertThat(e.status()).isEqualTo(407))
                .hasMessageContaining("was refused by the proxy (HTTP 407 Proxy Authentication Required)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong"));
        assertThat(proxied).isEmpty();
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isZero();
    }

    @Test
    void nonProxyHostsAreReachedDirectly() {
        ProxySettings settings = ProxySettings.builder("127.0.0.1", proxy.getAddress().getPort())
                .credentials("proxy-user", "Proxy-Pw-777").nonProxyHosts("localhost|127.*").build();
        assertThat(cloudVia(settings).token().accountId()).contains(TestSeeds.ACCOUNT_A);
        assertThat(proxied).isEmpty();
        assertThat(fixture.emulator.requests().count(Route.TOKEN)).isEqualTo(1);
        assertThat(Problem.NETWORK.isUserFixable()).isFalse();
    }
}
