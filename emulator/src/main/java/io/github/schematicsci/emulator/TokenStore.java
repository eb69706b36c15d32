package io.github.schematicsci.emulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every access and refresh token the emulator issued, with what each stands for. Thread-safe. */
final class TokenStore {
  /**
   * An issued access token.
   *
   * @param account the {@code account.bss} claim, or null for a token without one
   */
  record Access(String iamId, String account, String clientId, Instant expiresAt) {}

  /**
   * An issued refresh token of the {@code bx} client (the default client gets none).
   *
   * @param account the account of the access token issued with it, or null
   * @param keyAccount for tokens that came from an API key, the key's account (a refresh cannot leave it)
   * @param expiresAt when the login session ends; refreshing does not extend it
   */
  record Refresh(String iamId, String account, String clientId, Instant expiresAt, String keyAccount) {}

  private final ConcurrentHashMap<String, Access> access = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Refresh> refresh = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> issueOrder = new ConcurrentLinkedQueue<>();

  void putAccess(String token, Access grant) {
    access.put(token, grant);
    issueOrder.add(token);
  }

  void putRefresh(String token, Refresh grant) {
    refresh.put(token, grant);
    issueOrder.add(token);
  }

  Access access(String token) {
    return access.get(token);
  }

  Refresh refresh(String token) {
    return refresh.get(token);
  }

  /** Every token issued so far, in the order issued; an unmodifiable snapshot. */
  Set<String> issued() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(issueOrder));
  }
}
