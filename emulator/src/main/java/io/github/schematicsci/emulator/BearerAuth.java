package io.github.schematicsci.emulator;

import java.time.Instant;
import java.util.Locale;

/** Checks the {@code Authorization: Bearer <token>} of an Accounts or Schematics request. */
final class BearerAuth {
  /** Either the token's grant or why it was refused. */
  record Result(TokenStore.Access access, String failure) {
    boolean ok() {
      return access != null;
    }
  }

  private final TokenStore store;
  private final EmulatorClock clock;

  BearerAuth(TokenStore store, EmulatorClock clock) {
    this.store = store;
    this.clock = clock;
  }

  Result authenticate(IncomingRequest request) {
    String header = request.header("authorization");
    if (header == null || header.isBlank()) {
      return fail("The Authorization header is missing. Send 'Authorization: Bearer <IAM access token>'.");
    }
    String trimmed = header.trim();
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return fail("The Authorization header is not a bearer token. Send 'Authorization: Bearer <IAM access token>'.");
    }
    String token = trimmed.substring("bearer ".length()).trim();
    TokenStore.Access access = store.access(token);
    if (access == null) {
      return fail(token.split("\\.", -1).length == 3
          ? "The IAM token is not valid: it was not issued by this IAM endpoint."
          : "The IAM token is malformed: it is not a JWT.");
    }
    Instant now = clock.instant();
    if (!now.isBefore(access.expiresAt())) {
      return fail("The IAM token has expired. Request a new token.");
    }
    return new Result(access, null);
  }

  private static Result fail(String why) {
    return new Result(null, why);
  }
}
