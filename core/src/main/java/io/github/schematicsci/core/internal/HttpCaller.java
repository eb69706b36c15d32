package io.github.schematicsci.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.http.HttpOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Executes one API call with the retry rules of core: GETs retried on 429, 5xx (but 501 and 505) and connection
 * faults; POSTs retried only when the connection failed before anything was sent, or on 429/503 with
 * {@code Retry-After}. Attempts, single waits and the total wait are bounded by {@link HttpOptions}. A 401 to a GET
 * with a bearer token triggers one renewal and one retry. Redirects are never followed, so a token never reaches
 * another host.
 */
public final class HttpCaller {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final HttpOptions options;
    private final OkHttpClient client;
    private final String userAgent;
    /** Per host: no request before this instant, because a Retry-After said so (shared by this caller's threads). */
    private final ConcurrentHashMap<String, Instant> holdUntil = new ConcurrentHashMap<>();

    public HttpCaller(HttpOptions options) {
        this.options = options;
        this.client = OkHttpClients.create(options);
        this.userAgent = Version.userAgent(options.userAgentSuffix());
    }

    public HttpOptions options() {
        return options;
    }

    /** Returns the OkHttp client every call of this caller goes through. */
    public OkHttpClient client() {
        return client;
    }

    /** GETs {@code url} as JSON, with a bearer token from {@code auth} (or none when null). */
    public <T> T get(HttpUrl url, BearerAuth auth, ErrorFactory errors, BodyReader<T> reader) {
        return call(url, null, auth, errors, reader, null, null);
    }

    /**
     * GETs {@code url} as JSON, each attempt first taking a slot of {@code pacer} under {@code paceKey} (a service's
     * requests-per-minute budget).
     */
    public <T> T get(HttpUrl url, BearerAuth auth, ErrorFactory errors, BodyReader<T> reader, RequestPacer pacer,
            String paceKey) {
        return call(url, null, auth, errors, reader, pacer, paceKey);
    }

    /** POSTs {@code body} to {@code url} with the extra {@code headers} (e.g. Basic authorization). */
    public <T> T post(HttpUrl url, RequestBody body, Headers headers, ErrorFactory errors, BodyReader<T> reader) {
        return call(url, new PostBody(body, headers), null, errors, reader, null, null);
    }

    private record PostBody(RequestBody body, Headers headers) {
    }

    private <T> T call(HttpUrl url, PostBody post, BearerAuth auth, ErrorFactory errors, BodyReader<T> reader,
            RequestPacer pacer, String paceKey) {
        boolean idempotent = post == null;
        String target = (idempotent ? "GET " : "POST ") + url.newBuilder().query(null).build();
        List<Throwable> earlier = new ArrayList<>();
        Duration waited = Duration.ZERO;
        boolean renewed = false;
        String token = auth == null ? null : auth.token();
        int attempt = 0;
        String host = url.scheme() + "://" + url.host() + ":" + url.port();
        while (true) {
            attempt++;
            awaitHold(host, target, errors, earlier);
            if (pacer != null) {
                pace(pacer.reserve(paceKey), paceKey, target, errors, earlier);
            }
            Request request = newRequest(url, post, token);
            long started = System.nanoTime();
            Duration wait;
            Throwable reason;
            int status = 0;
            try (Response response = client.newCall(request).execute()) {
                status = response.code();
                options.log().debug(target + " -> HTTP " + status + " (" + (System.nanoTime() - started) / 1_000_000
                        + " ms, attempt " + attempt + ")");
                if (response.isSuccessful()) {
                    try {
                        return readSuccess(response, target, reader);
                    } catch (ResponseTooLargeException e) {
                        throw withEarlier(errors.failure(Problem.PROTOCOL, target + " answered HTTP " + status
                                + " with a body larger than " + options.maxResponseBytes()
                                + " bytes; it was not read (raise HttpOptions.maxResponseBytes if this is expected)",
                                status, e), earlier);
                    } catch (MissingFieldException e) {
                        throw withEarlier(errors.failure(Problem.PROTOCOL, target + " answered HTTP " + status
                                + " but " + e.getMessage(), status, e), earlier);
                    } catch (JsonEOFException e) {
                        if (idempotent) {
                            throw new TruncatedBody(e); // retried like a connection that broke mid-body
                        }
                        throw withEarlier(errors.failure(Problem.PROTOCOL, target + " answered HTTP " + status
                                + " with JSON that ends too early (truncated response)", status, e), earlier);
                    } catch (JsonProcessingException e) {
                        throw withEarlier(errors.failure(Problem.PROTOCOL, target + " answered HTTP " + status
                                + " with malformed JSON (" + e.getOriginalMessage() + ")", status, e), earlier);
                    } catch (ProtocolProblem e) {
                        throw withEarlier(errors.failure(Problem.PROTOCOL, e.getMessage(), status, e), earlier);
                    } catch (RuntimeException e) {
                        // JSON of an unexpected shape: whatever went wrong reading it, it is the response's fault.
                        throw withEarlier(errors.failure(Problem.PROTOCOL, target + " answered HTTP " + status
                                + " with JSON core cannot read (" + e.getClass().getSimpleName() + ")", status, e),
                                earlier);
                    }
                }
                if (response.isRedirect() || (status >= 300 && status < 400)) {
                    String location = response.header("Location");
                    HttpUrl to = location == null ? null : url.resolve(location);
                    throw withEarlier(errors.failure(Problem.PROTOCOL, target + " answered HTTP " + status
                            + " redirecting to " + (to == null ? "an unknown location" : to.host())
                            + "; redirects are not followed so that tokens never reach another host: check the endpoint URL",
                            status, null), earlier);
                }
                if (status == 407) {
                    throw withEarlier(errors.failure(Problem.ACCESS_DENIED, target + " was refused by the proxy "
                            + "(HTTP 407 Proxy Authentication Required): check the proxy's user name and password",
                            status, null), earlier);
                }
                if (status == 401 && auth != null && !renewed) {
                    renewed = true;
                    attempt--;
                    options.log().debug(target + " -> HTTP 401; renewing the IAM token once and retrying");
                    token = auth.renew(token);
                    continue;
                }
                JsonNode errorBody = readErrorBody(response);
                IbmCloudException error = errors.httpError(status, errorBody, response.headers());
                holdFor(host, status, response.header("Retry-After"));
                wait = retryWait(status, response.header("Retry-After"), idempotent, attempt);
                if (wait == null || !fitsBudget(wait, waited)) {
                    throw withEarlier(error, earlier);
                }
                reason = error;
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw withEarlier(errors.failure(Problem.INTERRUPTED, target + " was interrupted", status, e),
                            earlier);
                }
                boolean retryable = idempotent ? isRetryableForGet(e) : failedBeforeSending(e);
                // The first retry of a broken connection is immediate: most often a pooled connection the server
                // had closed while idle, and a new one just works.
                wait = !retryable || attempt >= options.maxAttempts() ? null
                        : attempt == 1 ? Duration.ZERO : backoff(attempt - 1);
                if (wait == null || !fitsBudget(wait, waited)) {
                    Problem problem = e instanceof TruncatedBody ? Problem.PROTOCOL
                            : e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException
                                    ? Problem.CERTIFICATE : Problem.NETWORK;
                    throw withEarlier(errors.failure(problem, target + " failed: " + describe(e)
                            + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), status, e), earlier);
                }
                reason = e;
            }
            earlier.add(reason);
            options.log().info(target + " failed (" + summary(reason) + "); retrying "
                    + (wait.isZero() ? "at once" : "in " + seconds(wait)) + " (attempt " + (attempt + 1) + " of "
                    + options.maxAttempts() + ")");
            try {
                if (!wait.isZero()) {
                    options.sleeper().sleep(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw withEarlier(errors.failure(Problem.INTERRUPTED, target + " was interrupted while waiting to retry",
                        status, e), earlier);
            }
            waited = waited.plus(wait);
        }
    }

    /**
     * Waits while another call to {@code host} was told to hold off (429/503 with Retry-After): threads sharing a
     * session then queue behind the limit instead of each spending its attempts on it.
     */
    private void awaitHold(String host, String target, ErrorFactory errors, List<Throwable> earlier) {
        Instant until = holdUntil.get(host);
        if (until == null) {
            return;
        }
        Duration wait = Duration.between(options.clock().instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            holdUntil.remove(host, until);
            return;
        }
        options.log().debug(target + " waits " + seconds(wait) + ": the service asked to hold off (Retry-After)");
        try {
            options.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw withEarlier(errors.failure(Problem.INTERRUPTED, target + " was interrupted while waiting for the "
                    + "service's Retry-After", 0, e), earlier);
        }
    }

    private void pace(Duration wait, String key, String target, ErrorFactory errors, List<Throwable> earlier) {
        if (wait.isZero()) {
            return;
        }
        options.log().info("waiting " + seconds(wait) + " to stay within the " + key + " rate limit of "
                + options.schematicsRequestsPerMinute() + " requests per minute");
        try {
            options.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw withEarlier(errors.failure(Problem.INTERRUPTED, target + " was interrupted while waiting for the "
                    + "rate limit", 0, e), earlier);
        }
    }

    private void holdFor(String host, int status, String retryAfter) {
        if (status != 429 && status != 503) {
            return;
        }
        Duration asked = RetryAfter.parse(retryAfter, options.clock());
        if (asked != null && asked.compareTo(options.maxRetryDelay()) <= 0) {
            Instant until = options.clock().instant().plus(asked);
            holdUntil.merge(host, until, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private Request newRequest(HttpUrl url, PostBody post, String token) {
        Request.Builder builder = new Request.Builder().url(url)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (post != null) {
            builder.headers(post.headers().newBuilder()
                    .set("Accept", "application/json").set("User-Agent", userAgent).build());
            builder.post(post.body());
        }
        return builder.build();
    }

    private <T> T readSuccess(Response response, String target, BodyReader<T> reader) throws IOException {
        ResponseBody body = response.body();
        long length = body == null ? 0 : body.contentLength();
        if (length > options.maxResponseBytes()) {
            throw new ResponseTooLargeException(options.maxResponseBytes());
        }
        MediaType type = body == null ? null : body.contentType();
        if (type != null && !type.subtype().toLowerCase(Locale.ROOT).contains("json")) {
            throw new ProtocolProblem(target + " answered HTTP " + response.code() + " with " + type.type() + "/"
                    + type.subtype() + " instead of JSON (a proxy or login page?): check the endpoint URL");
        }
        if (body == null || length == 0) {
            throw new ProtocolProblem(target + " answered HTTP " + response.code() + " with an empty body");
        }
        try (InputStream in = new CappedInputStream(body.byteStream(), options.maxResponseBytes())) {
            T value = reader.read(in);
            if (value == null) {
                throw new ProtocolProblem(target + " answered HTTP " + response.code()
                        + " with an empty body or a JSON null");
            }
            return value;
        }
    }

    private static JsonNode readErrorBody(Response response) {
        ResponseBody body = response.body();
        if (body == null) {
            return null;
        }
        try {
            BufferedSource source = body.source();
            source.request(MAX_ERROR_BODY);
            byte[] bytes = source.peek().readByteArray(Math.min(source.getBuffer().size(), MAX_ERROR_BODY));
            String text = new String(bytes, StandardCharsets.UTF_8).stripLeading();
            if (!text.startsWith("{") && !text.startsWith("[")) {
                return null;
            }
            return Json.MAPPER.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable error body still leaves the status to report
        }
    }

    /** Returns how long to wait before retrying {@code status}, or null when it must not be retried. */
    private Duration retryWait(int status, String retryAfter, boolean idempotent, int attempt) {
        if (attempt >= options.maxAttempts()) {
            return null;
        }
        boolean retryable = status == 429 || status == 503
                || (idempotent && status >= 500 && status != 501 && status != 505);
        if (!retryable) {
            return null;
        }
        Duration asked = RetryAfter.parse(retryAfter, options.clock());
        if (!idempotent && asked == null) {
            return null;
        }
        Duration wait = asked != null ? asked : backoff(attempt);
        return wait.compareTo(options.maxRetryDelay()) > 0 ? null : wait;
    }

    private boolean fitsBudget(Duration wait, Duration waited) {
        return waited.plus(wait).compareTo(options.retryBudget()) <= 0;
    }

    private Duration backoff(int attempt) {
        Duration wait = Duration.ofMillis(500L << Math.min(attempt - 1, 10));
        return wait.compareTo(options.maxRetryDelay()) > 0 ? options.maxRetryDelay() : wait;
    }

    private static boolean isRetryableForGet(IOException e) {
        return !(e instanceof UnknownHostException) && !(e instanceof SSLException)
                && !(e instanceof ResponseTooLargeException);
    }

    /** True when the request cannot have reached the server, so even a POST may be sent again. */
    private static boolean failedBeforeSending(IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return true;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof SocketTimeoutException && message.contains("connect");
    }

    private static String describe(IOException e) {
        if (e instanceof SSLPeerUnverifiedException && String.valueOf(e.getMessage()).startsWith("Hostname ")) {
            String host = e.getMessage().substring("Hostname ".length()).split(" ", 2)[0];
            return "the server's certificate does not match host " + host + " (hostname verification is always on):"
                    + " use the host name the certificate was issued for";
        }
        if (e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("PKIX") || message.contains("certification path") || message.contains("trust")) {
                return "certificate not trusted (" + e.getClass().getSimpleName()
                        + "); add the server's CA to a trust store and configure it (trustStore)";
            }
            return "TLS handshake failed: " + message;
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage() + " (check the endpoint URL, DNS or proxy settings)";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        if (e instanceof ConnectException) {
            return "could not connect (" + e.getMessage() + ")";
        }
        if (e instanceof TruncatedBody) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String summary(Throwable reason) {
        if (reason instanceof IbmCloudException ibm) {
            return "HTTP " + ibm.status() + ibm.code().map(c -> " " + c).orElse("");
        }
        return reason instanceof IOException io ? describe(io) : reason.toString();
    }

    private static String seconds(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    private static IbmCloudException withEarlier(IbmCloudException error, List<Throwable> earlier) {
        for (Throwable t : earlier) {
            if (t != error) {
                error.addSuppressed(t);
            }
        }
        return error;
    }

    /** A 200 whose JSON stopped before its end: for a GET, retried like a broken connection. */
    private static final class TruncatedBody extends IOException {
        private static final long serialVersionUID = 1L;

        TruncatedBody(JsonEOFException cause) {
            super("the response ended too early (truncated JSON)", cause);
        }
    }

    /** A successful status whose body core cannot use (wrong content type, empty). */
    private static final class ProtocolProblem extends IOException {
        private static final long serialVersionUID = 1L;

        ProtocolProblem(String message) {
            super(message);
        }
    }
}
