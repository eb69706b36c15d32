package io.github.schematicsci.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The raw baseline: the least work that gives the same result. Plain OkHttp requests, Jackson's tree parser,
 * a status check and nothing else: no retries, no error bodies, no typed model, no redaction, no size cap.
 */
final class RawClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String APIKEY_GRANT = "urn:ibm:params:oauth:grant-type:apikey";

    private final OkHttpClient http;
    private final String iamUrl;
    private final String schematicsTemplate;

    RawClient(OkHttpClient http, String iamUrl, String schematicsTemplate) {
        this.http = http;
        this.iamUrl = iamUrl;
        this.schematicsTemplate = schematicsTemplate;
    }

    OkHttpClient http() {
        return http;
    }

    /** {@code POST /identity/token} with the API-key grant; returns the access token. */
    String token(String apiKey) {
        Request request = new Request.Builder()
                .url(iamUrl + "/identity/token")
                .header("Accept", "application/json")
                .post(new FormBody.Builder().add("grant_type", APIKEY_GRANT).add("apikey", apiKey).build())
                .build();
        return execute(request).path("access_token").asText();
    }

    /**
     * Reads every page of {@code GET /v1/workspaces} at {@code region}'s endpoint (limit 2000, offset += page
     * length until count is reached) and hands each workspace to {@code sink}; returns how many there were.
     */
    int list(String token, String region, Consumer<JsonNode> sink) {
        HttpUrl base = HttpUrl.get(schematicsTemplate.replace("{region}", region)).newBuilder()
                .addPathSegments("v1/workspaces").build();
        int seen = 0;
        long offset = 0;
        while (true) {
            HttpUrl url = base.newBuilder()
                    .addQueryParameter("offset", Long.toString(offset))
                    .addQueryParameter("limit", Integer.toString(Fixture.MAX_PAGE))
                    .build();
            JsonNode page = execute(get(url, token));
            JsonNode workspaces = page.path("workspaces");
            for (JsonNode workspace : workspaces) {
                sink.accept(workspace);
            }
            int received = workspaces.size();
            seen += received;
            offset += received;
            if (received < Fixture.MAX_PAGE || offset >= page.path("count").asLong()) {
                return seen;
            }
        }
    }

    /** {@code GET /v1/workspaces/{id}} at {@code region}'s endpoint. */
    JsonNode workspace(String token, String region, String id) {
        return execute(get(workspaceUrl(region, id).build(), token));
    }

    /** {@code GET /v1/workspaces/{id}/output_values} at {@code region}'s endpoint. */
    JsonNode outputs(String token, String region, String id) {
        return execute(get(workspaceUrl(region, id).addPathSegment("output_values").build(), token));
    }

    private HttpUrl.Builder workspaceUrl(String region, String id) {
        return HttpUrl.get(schematicsTemplate.replace("{region}", region)).newBuilder()
                .addPathSegments("v1/workspaces").addPathSegment(id);
    }

    private static Request get(HttpUrl url, String token) {
        return new Request.Builder().url(url)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private JsonNode execute(Request request) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IllegalStateException(request.method() + " " + request.url().encodedPath() + " answered "
                        + response.code());
            }
            try (InputStream in = body.byteStream()) {
                return MAPPER.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
