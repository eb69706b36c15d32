package io.github.schematicsci.core;

import io.github.schematicsci.core.account.Account;
import io.github.schematicsci.core.account.AccountsClient;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.IamClient;
import io.github.schematicsci.core.iam.IamToken;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.core.internal.HttpCaller;
import io.github.schematicsci.core.workspace.SchematicsClient;
import java.util.List;
import java.util.Objects;

/**
 * One credential's view of IBM Cloud: its account-scoped IAM token, its accounts, and its Schematics workspaces.
 *
 * <pre>{@code
 * IbmCloud cloud = IbmCloud.builder()
 *     .credential(ApiKey.of(System.getenv("IBMCLOUD_API_KEY")))
 *     .build();
 * Workspace ws = cloud.workspaces().get("us-east.workspace.net-prod.1a2b3c4d");
 * }</pre>
 *
 * <p>Immutable and thread-safe. By default tokens come from the process-wide {@link TokenManager#shared} for the
 * credential, account and IAM endpoint, so many builds in one JVM make one IAM request per token lifetime.
 */
public final class IbmCloud {
    private final Endpoints endpoints;
    private final TokenManager tokens;
    private final AccountsClient accounts;
    private final SchematicsClient workspaces;

    private IbmCloud(Builder builder) {
        this.endpoints = builder.endpoints;
        HttpCaller http = new HttpCaller(builder.options);
        IamClient iam = IamClient.builder().endpoints(endpoints).http(http).build();
        this.accounts = AccountsClient.builder().endpoints(endpoints).http(http).build();
        this.tokens = builder.sharedTokens
                ? TokenManager.shared(iam, accounts, builder.credential, builder.account)
                : TokenManager.create(iam, accounts, builder.credential, builder.account);
        this.workspaces = SchematicsClient.builder().endpoints(endpoints).http(http).auth(tokens.bearerAuth()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns a valid IAM token scoped to the account (requested, renewed or reused as needed). */
    public IamToken token() {
        return tokens.token();
    }

    /** Returns the id of the account the tokens are scoped to, getting a token first if needed. */
    public String accountId() {
        IamToken token = tokens.token();
        return tokens.accountId().or(token::accountId).orElse("");
    }

    /**
     * Returns the accounts the credential can use (what a password or passcode user needs to choose an account).
     * Works before an account is chosen.
     */
    public List<Account> accounts() {
        return tokens.visibleAccounts();
    }

    /** Returns the Schematics client, authenticated by this session's tokens. */
    public SchematicsClient workspaces() {
        return workspaces;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** Returns the token manager behind this session (shared or not). */
    public TokenManager tokenManager() {
        return tokens;
    }

    @Override
    public String toString() {
        return "IbmCloud{" + tokens + ", " + endpoints + "}";
    }

    /** Builds an {@link IbmCloud}. */
    public static final class Builder {
        private Credential credential;
        private String account;
        private Endpoints endpoints = Endpoints.publicEndpoints();
        private HttpOptions options = HttpOptions.DEFAULTS;
        private boolean sharedTokens = true;

        private Builder() {
        }

        public Builder credential(Credential value) {
            credential = Objects.requireNonNull(value, "credential");
            return this;
        }

        /**
         * Sets the account to work in: a 32-hex id or an exact account name; null or blank for the credential's
         * default (an API key's own account, or a user's only account).
         */
        public Builder account(String idOrName) {
            account = idOrName == null || idOrName.isBlank() ? null : idOrName.strip();
            return this;
        }

        public Builder endpoints(Endpoints value) {
            endpoints = Objects.requireNonNull(value, "endpoints");
            return this;
        }

        public Builder httpOptions(HttpOptions value) {
            options = Objects.requireNonNull(value, "httpOptions");
            return this;
        }

        /** Uses the process-wide token cache (default true); false gives this session tokens of its own. */
        public Builder sharedTokens(boolean value) {
            sharedTokens = value;
            return this;
        }

        public IbmCloud build() {
            if (credential == null) {
                throw new IllegalStateException("IbmCloud needs a credential: call credential(ApiKey.of(…)) or resolve "
                        + "one with CredentialResolver");
            }
            return new IbmCloud(this);
        }
    }
}
