package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.account.Account;
import io.github.schematicsci.core.account.AccountsClient;
import io.github.schematicsci.core.account.AccountsException;
import io.github.schematicsci.core.http.ClientLog;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import io.github.schematicsci.core.internal.BearerAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Keeps one credential's IAM token for one account fresh, for every thread that needs it.
 *
 * <ul>
 *   <li>A token is reused while valid (until 10 s before expiry) and renewed once 80 % of its lifetime has passed.
 *   <li>Concurrent callers wait for one request (single flight); during a proactive renewal they keep the current
 *       token.
 *   <li>Renewal uses the refresh token and falls back to the original grant when IAM refuses the refresh
 *       (BXNIM0408E, BXNIM0407E, BXNIM0137E) and the credential can be sent again. A passcode is never sent twice.
 *   <li>A failed request is not remembered: the next call tries again.
 *   <li>The account: an API key's token names its account ({@code account.bss}) and no accounts call is made; an
 *       API key asked for another account is an error. Other credentials use the account asked for (id, or exact
 *       name resolved through the Accounts API), or the only account they see; several accounts and none chosen is
 *       an error listing them.
 * </ul>
 *
 * <p>{@link #shared} returns the process-wide manager for a (credential, account, IAM endpoint), so that builds
 * running in one JVM (Jenkins) share tokens. Thread-safe.
 */
public final class TokenManager {
    private static final Set<String> REFRESH_REFUSED = Set.of("BXNIM0408E", "BXNIM0407E", "BXNIM0137E");
    private static final Duration RETRY_RENEWAL_AFTER = Duration.ofSeconds(30);
    private static final Map<String, TokenManager> SHARED = new ConcurrentHashMap<>();

    private final IamClient iam;
    private final AccountsClient accounts;
    private final Credential credential;
    private final String requestedAccount;
    private final Clock clock;
    private final ClientLog log;

    private final Object lock = new Object();
    private IamToken current;
    private boolean currentRejected;
    /** The current token while it needs no renewal: read without locking, the hot path of every call. */
    private volatile IamToken fresh;
    private String accountId;
    private CompletableFuture<IamToken> inFlight;
    private Instant nextRenewalAttempt;
    private final Object baseLock = new Object();
    private IamToken base;

    private TokenManager(IamClient iam, AccountsClient accounts, Credential credential, String account) {
        this.iam = Objects.requireNonNull(iam, "iam");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.requestedAccount = normalizeAccount(account);
        this.clock = iam.http().options().clock();
        this.log = iam.http().options().log();
    }

    /**
     * Returns a new manager of its own (not shared).
     *
     * @param account the account id or exact account name to scope tokens to, or null for the credential's default
     */
    public static TokenManager create(IamClient iam, AccountsClient accounts, Credential credential, String account) {
        return new TokenManager(iam, accounts, credential, account);
    }

    /**
     * Returns the process-wide manager for ({@code credential}, {@code account}, the IAM endpoint), creating it with
     * these clients on first use. Later callers share its tokens, and its clients' HTTP settings and log: a plugin
     * serving many builds passes a log that finds the current build's output itself. A different proxy or trust
     * store makes a different manager.
     */
    public static TokenManager shared(IamClient iam, AccountsClient accounts, Credential credential, String account) {
        HttpOptions http = iam.http().options();
        // The connection settings that decide whether a token can be had at all are part of the key, so a changed
        // proxy or trust store gets a manager of its own instead of the stale one.
        ProxySettings proxy = http.proxy();
        String key = credential.identityHash() + '|' + Objects.toString(normalizeAccount(account), "") + '|'
                + iam.endpoint() + '|' + (proxy == null ? "direct" : proxy.host() + ':' + proxy.port() + ':'
                + proxy.username() + ':' + proxy.nonProxyHosts()) + '|' + http.trustStore();
        return SHARED.computeIfAbsent(key, k -> new TokenManager(iam, accounts, credential, account));
    }

    /** Forgets every shared manager (for tests, and for Jenkins when its global configuration changes). */
    public static void clearShared() {
        SHARED.clear();
    }

    private static String normalizeAccount(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String a = account.strip();
        return a.matches("(?i)[0-9a-f]{32}") ? a.toLowerCase(Locale.ROOT) : a;
    }

    /** Returns the credential's fingerprint, for messages. */
    public String credentialFingerprint() {
        return credential.fingerprint();
    }

    /** Returns the kind of credential this manager holds. */
    public Credential.Kind credentialKind() {
        return credential.kind();
    }

    /**
     * Returns a valid, account-scoped token, requesting or renewing it when needed.
     *
     * @throws IbmCloudException ({@link IamException} or {@link AccountsException}) when no token can be had
     */
    public IamToken token() {
        IamToken snapshot = fresh;
        if (snapshot != null) {
            Instant now = clock.instant();
            if (now.isBefore(snapshot.renewAt()) && snapshot.isValidAt(now)) {
                return snapshot;
            }
        }
        CompletableFuture<IamToken> flight;
        IamToken stale;
        boolean proactive = false;
        boolean joining = false;
        synchronized (lock) {
            Instant now = clock.instant();
            boolean valid = current != null && !currentRejected && current.isValidAt(now);
            if (valid) {
                boolean due = !now.isBefore(current.renewAt())
                        && (nextRenewalAttempt == null || !now.isBefore(nextRenewalAttempt));
                if (!due || inFlight != null) {
                    return current;
                }
                proactive = true;
            }
            stale = current;
            if (!valid && inFlight != null) {
                flight = inFlight;
                joining = true;
            } else {
                flight = new CompletableFuture<>();
                inFlight = flight;
            }
        }
        if (joining) {
            return await(flight);
        }
        try {
            IamToken obtained = obtain(stale);
            synchronized (lock) {
                current = obtained;
                currentRejected = false;
                inFlight = null;
                nextRenewalAttempt = null;
                fresh = obtained;
            }
            flight.complete(obtained);
            return obtained;
        } catch (RuntimeException e) {
            synchronized (lock) {
                inFlight = null;
                if (proactive) {
                    nextRenewalAttempt = clock.instant().plus(RETRY_RENEWAL_AFTER);
                }
            }
            flight.completeExceptionally(e);
            if (proactive && stale.isValidAt(clock.instant())) {
                log.warn("renewing the IAM token failed (" + e.getMessage() + "); the current token is valid until "
                        + stale.expiration() + " and renewal will be tried again");
                return stale;
            }
            throw e;
        }
    }

    /**
     * Returns a token to use after a service rejected {@code rejected} with 401: a renewed one when {@code rejected}
     * is still the current token, else the current one (another thread renewed it already).
     */
    public IamToken renewAfterRejection(String rejected) {
        synchronized (lock) {
            if (current != null && current.accessToken().equals(rejected)) {
                currentRejected = true; // renew on the next call; its refresh token is still used for that
                fresh = null;
            }
        }
        return token();
    }

    /** Returns the account id the tokens are scoped to, once known (after the first token). */
    public Optional<String> accountId() {
        synchronized (lock) {
            return Optional.ofNullable(accountId);
        }
    }

    /** Returns this manager as the bearer source of the HTTP layer. */
    public BearerAuth bearerAuth() {
        return new BearerAuth() {
            @Override
            public String token() {
                return TokenManager.this.token().accessToken();
            }

            @Override
            public String renew(String rejected) {
                return renewAfterRejection(rejected).accessToken();
            }
        };
    }

    private static IamToken await(CompletableFuture<IamToken> flight) {
        try {
            return flight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IamException(Problem.INTERRUPTED, "interrupted while waiting for an IAM token", 0, null, null, null,
                    e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Renews from {@code previous} when it can, else starts from the credential. */
    private IamToken obtain(IamToken previous) {
        if (previous != null && previous.refreshToken().isPresent() && refreshTokenAlive(previous)) {
            try {
                log.debug("renewing the IAM token of " + credential + " with its refresh token");
                return iam.refresh(previous.refreshToken().get(), accountIdOrNull(), credential.kind());
            } catch (IamException e) {
                if (!e.code().map(REFRESH_REFUSED::contains).orElse(false) || !canResend()) {
                    throw e;
                }
                log.info("IAM refused the refresh token (" + e.code().get() + "); requesting a new token with the "
                        + credential.kind().label());
            }
        } else if (previous != null && !canResend()) {
            throw new IamException(Problem.CREDENTIALS, "the IAM session started with the one-time passcode "
                    + credential.fingerprint() + " has ended and a passcode cannot be sent twice: get a new one with "
                    + "'ibmcloud login --sso'", 0, null, null, null, null);
        }
        return initial();
    }

    private boolean refreshTokenAlive(IamToken token) {
        return token.refreshTokenExpiration().map(at -> clock.instant().isBefore(at)).orElse(true);
    }

    private boolean canResend() {
        return credential.kind() == Credential.Kind.API_KEY || credential.kind() == Credential.Kind.PASSWORD;
    }

    private String accountIdOrNull() {
        synchronized (lock) {
            return accountId;
        }
    }

    private void rememberAccount(String id) {
        synchronized (lock) {
            accountId = id;
        }
    }

    /** The first token: the grant, then the account scoping rules. */
    private IamToken initial() {
        if (credential.kind() == Credential.Kind.API_KEY) {
            return apiKeyToken();
        }
        String knownId = accountIdOrNull();
        if (knownId == null && requestedAccount != null && isAccountId(requestedAccount)) {
            knownId = requestedAccount;
        }
        if (knownId != null) {
            IamToken base = storedBaseToken();
            log.debug("requesting an IAM token for " + credential + " in account " + knownId);
            IamToken token = base != null && base.refreshToken().isPresent()
                    ? iam.refresh(base.refreshToken().get(), knownId, credential.kind())
                    : iam.requestToken(credential, knownId);
            rememberAccount(knownId);
            return token;
        }
        IamToken unscoped = baseToken();
        if (requestedAccount == null && unscoped.accountId().isPresent()) {
            rememberAccount(unscoped.accountId().get());
            return unscoped;
        }
        Account chosen = choose(accounts.list(fixed(unscoped)));
        rememberAccount(chosen.id());
        if (unscoped.accountId().filter(chosen.id()::equals).isPresent()) {
            return unscoped;
        }
        log.debug("scoping the IAM token to account " + chosen);
        if (credential.kind() == Credential.Kind.PASSWORD) {
            return iam.requestToken(credential, chosen.id());
        }
        String refresh = unscoped.refreshToken().orElseThrow(() -> new IamException(Problem.PROTOCOL,
                "IAM issued no refresh token, so the token cannot be scoped to account " + chosen.id(), 0, null, null,
                null, null));
        return iam.refresh(refresh, chosen.id(), credential.kind());
    }

    /**
     * Returns the accounts the credential can use. Works before an account is chosen: a user with several accounts
     * needs this list to choose one.
     */
    public List<Account> visibleAccounts() {
        IamToken usable;
        synchronized (lock) {
            usable = current != null && !currentRejected && current.isValidAt(clock.instant()) ? current : null;
        }
        if (usable == null) {
            usable = credential.kind() == Credential.Kind.API_KEY || requestedAccount != null ? token() : baseToken();
        }
        return accounts.list(fixed(usable));
    }

    /** Returns the unscoped token (no account asked for), requesting it once; a passcode is sent at most once. */
    private IamToken baseToken() {
        synchronized (baseLock) {
            IamToken stored = storedBaseToken();
            if (stored != null) {
                return stored;
            }
            log.debug("requesting an IAM token for " + credential);
            base = iam.requestToken(credential, null);
            return base;
        }
    }

    private IamToken storedBaseToken() {
        synchronized (baseLock) {
            return base != null && base.isValidAt(clock.instant()) ? base : null;
        }
    }

    private IamToken apiKeyToken() {
        log.debug("requesting an IAM token for " + credential);
        IamToken token = iam.requestToken(credential, null);
        String own = token.accountId().orElse(null);
        if (requestedAccount != null) {
            String wanted = requestedAccount;
            if (!isAccountId(wanted)) {
                wanted = AccountsClient.select(accounts.list(fixed(token)), wanted).map(Account::id)
                        .orElseThrow(() -> new AccountsException(Problem.ACCOUNT, "account '" + requestedAccount
                                + "' is not visible to the API key " + credential.fingerprint()
                                + ": give its 32-hex id, or remove accountId to use the key's own account", 0, null,
                                null, null));
            }
            if (own != null && !own.equals(wanted)) {
                throw new AccountsException(Problem.ACCOUNT, "the API key " + credential.fingerprint()
                        + " belongs to account " + own + ", not " + wanted + ": an API key cannot switch accounts; "
                        + "use an API key created in account " + wanted + ", or remove accountId", 0, null, null, null);
            }
            own = wanted;
        }
        rememberAccount(own);
        return token;
    }

    private Account choose(List<Account> visible) {
        String who = credential instanceof IbmIdPassword p ? "the IBMid " + p.username() : "the " + credential.kind().label();
        if (requestedAccount != null) {
            return AccountsClient.select(visible, requestedAccount).orElseThrow(() -> new AccountsException(
                    Problem.ACCOUNT, "account '" + requestedAccount + "' is not one of the accounts " + who
                            + " can use: " + (visible.isEmpty() ? "none" : AccountsClient.describe(visible)),
                    0, null, null, null));
        }
        if (visible.isEmpty()) {
            throw new AccountsException(Problem.ACCOUNT, who + " is not a member of any account", 0, null, null, null);
        }
        if (visible.size() > 1) {
            throw new AccountsException(Problem.ACCOUNT, who + " can use " + visible.size()
                    + " accounts; choose one with accountId: " + AccountsClient.describe(visible), 0, null, null, null);
        }
        return visible.get(0);
    }

    private static boolean isAccountId(String value) {
        return value.matches("[0-9a-f]{32}");
    }

    private static BearerAuth fixed(IamToken token) {
        return new BearerAuth() {
            @Override
            public String token() {
                return token.accessToken();
            }

            @Override
            public String renew(String rejected) {
                return token.accessToken(); // a brand-new token: a 401 is final
            }
        };
    }

    @Override
    public String toString() {
        return "TokenManager{" + credential + ", account=" + Objects.toString(requestedAccount, "default") + ", iam="
                + iam.endpoint() + "}";
    }
}
