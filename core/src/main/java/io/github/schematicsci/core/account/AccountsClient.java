package io.github.schematicsci.core.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.internal.BearerAuth;
import io.github.schematicsci.core.internal.ErrorFactory;
import io.github.schematicsci.core.internal.HttpCaller;
import io.github.schematicsci.core.internal.Json;
import io.github.schematicsci.core.internal.MissingFieldException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Lists the accounts an IAM token can see: {@code GET {accounts}/coe/v2/accounts}, following {@code next_url} until
 * it is null (a relative {@code next_url} is resolved against the accounts base URL). Immutable and thread-safe.
 */
public final class AccountsClient {
    /** More pages than this means the server is looping; stop with an error instead of running forever. */
    private static final int MAX_PAGES = 1000;

    private final HttpUrl endpoint;
    private final HttpCaller http;

    private AccountsClient(Builder builder) {
        this.endpoint = builder.endpoint;
        this.http = builder.http != null ? builder.http : new HttpCaller(builder.options);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns the Accounts base URL. */
    public HttpUrl endpoint() {
        return endpoint;
    }

    /**
     * Returns every account the token sees, in the API's order.
     *
     * @param auth the bearer token, renewed once on a 401
     * @throws AccountsException when the API fails or answers something unreadable
     */
    public List<Account> list(BearerAuth auth) {
        List<Account> accounts = new ArrayList<>();
        Set<String> seenPages = new HashSet<>();
        HttpUrl next = endpoint.newBuilder().addPathSegments("coe/v2/accounts").build();
        ErrorFactory errors = new AccountsErrors();
        while (next != null) {
            if (!seenPages.add(next.toString()) || seenPages.size() > MAX_PAGES) {
                throw new AccountsException(Problem.PROTOCOL, "the Accounts API returned a next_url it already returned ("
                        + next.encodedPath() + "); stopping instead of looping", 200, null, null, null);
            }
            Page page = http.get(next, auth, errors, body -> Page.parse(Json.MAPPER.readTree(body)));
            accounts.addAll(page.accounts());
            next = page.nextUrl() == null ? null : resolve(page.nextUrl());
        }
        return accounts;
    }

    private HttpUrl resolve(String nextUrl) {
        HttpUrl absolute = HttpUrl.parse(nextUrl);
        HttpUrl url = absolute != null ? absolute : endpoint.resolve(nextUrl);
        if (url == null || !url.host().equals(endpoint.host()) || url.port() != endpoint.port()
                || !url.scheme().equals(endpoint.scheme())) {
            throw new AccountsException(Problem.PROTOCOL, "the Accounts API returned a next_url on another host ("
                    + (url == null ? "unparseable" : url.host()) + "); it is not followed, so that the token stays with "
                    + endpoint.host(), 200, null, null, null);
        }
        return url;
    }

    /**
     * Returns the account with {@code idOrName}: an exact id, else an exact name.
     *
     * @return empty when no account matches
     * @throws AccountsException with {@link Problem#AMBIGUOUS} when several accounts have that name
     */
    public static Optional<Account> select(List<Account> accounts, String idOrName) {
        String wanted = idOrName.strip();
        for (Account account : accounts) {
            if (account.id().equalsIgnoreCase(wanted)) {
                return Optional.of(account);
            }
        }
        List<Account> named = accounts.stream().filter(a -> a.name().equals(wanted)).toList();
        if (named.size() > 1) {
            throw new AccountsException(Problem.AMBIGUOUS, "several accounts are named '" + wanted + "': "
                    + describe(named) + "; give the account id instead", 0, null, null, null);
        }
        return named.stream().findFirst();
    }

    /** Returns the accounts as {@code id (name, state)}, comma-separated, for messages. */
    public static String describe(List<Account> accounts) {
        StringBuilder text = new StringBuilder();
        for (Account account : accounts) {
            text.append(text.length() == 0 ? "" : ", ").append(account);
        }
        return text.toString();
    }

    private record Page(List<Account> accounts, String nextUrl) {
        static Page parse(JsonNode json) {
            if (json == null || !json.isObject() || !json.path("resources").isArray()) {
                throw new MissingFieldException("resources");
            }
            List<Account> accounts = new ArrayList<>();
            for (JsonNode resource : json.path("resources")) {
                String id = resource.path("metadata").path("guid").asText("");
                if (id.isEmpty()) {
                    throw new MissingFieldException("resources[].metadata.guid");
                }
                JsonNode entity = resource.path("entity");
                accounts.add(new Account(id, entity.path("name").asText(""), entity.path("state").asText(""),
                        entity.path("type").asText("")));
            }
            JsonNode next = json.path("next_url");
            return new Page(accounts, next.isTextual() && !next.asText().isBlank() ? next.asText() : null);
        }
    }

    private static final class AccountsErrors implements ErrorFactory {
        @Override
        public IbmCloudException httpError(int status, JsonNode body, Headers headers) {
            String message = body == null ? null : firstMessage(body);
            String advice = switch (status) {
                case 401 -> "the IAM token was not accepted (expired or malformed)";
                case 403 -> "the identity may not list accounts";
                case 429 -> "the Accounts API rate limit was hit: retry later";
                default -> status >= 500 ? "the Accounts API is unavailable: retry later" : "the request was refused";
            };
            Problem problem = status == 401 || status == 403 ? Problem.ACCESS_DENIED
                    : status == 429 ? Problem.RATE_LIMITED
                    : status >= 500 ? Problem.SERVICE_UNAVAILABLE : Problem.BAD_REQUEST;
            String requestId = headers.get("Transaction-Id");
            return new AccountsException(problem, "listing accounts failed (HTTP " + status + "): " + advice
                    + (message == null ? "" : ". The API said: " + message)
                    + (requestId == null ? "" : " [request id " + requestId + "]"), status, null, requestId, null);
        }

        @Override
        public IbmCloudException failure(Problem problem, String sentence, int status, Throwable cause) {
            return new AccountsException(problem, "listing accounts failed: " + sentence, status, null, null, cause);
        }

        private static String firstMessage(JsonNode body) {
            String message = Json.firstText(body, "message", "errorMessage", "description");
            if (message != null) {
                return message;
            }
            for (String list : new String[] {"errors", "error"}) {
                JsonNode first = body.path(list).path(0).path("message");
                if (first.isTextual()) {
                    return first.asText();
                }
            }
            return null;
        }
    }

    /** Builds an {@link AccountsClient}. */
    public static final class Builder {
        private HttpUrl endpoint = HttpUrl.get(Endpoints.PUBLIC_ACCOUNTS);
        private HttpOptions options = HttpOptions.DEFAULTS;
        private HttpCaller http;

        private Builder() {
        }

        /** Sets the Accounts base URL (default {@code https://accounts.cloud.ibm.com}). */
        public Builder endpoint(String url) {
            this.endpoint = Endpoints.builder().accounts(url).build().accounts();
            return this;
        }

        public Builder endpoints(Endpoints endpoints) {
            this.endpoint = endpoints.accounts();
            return this;
        }

        public Builder httpOptions(HttpOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            this.http = null;
            return this;
        }

        /** Shares an HTTP caller with the other clients of one session. */
        public Builder http(HttpCaller caller) {
            this.http = Objects.requireNonNull(caller, "caller");
            return this;
        }

        public AccountsClient build() {
            return new AccountsClient(this);
        }
    }
}
