package io.github.schematicsci.emulator;

import java.util.List;

/**
 * Who a token was issued to: a user or a service id, and the accounts it is a member of.
 *
 * @param email the user's username (IBMids are e-mail addresses), null for service ids
 * @param imsUserId the classic-infrastructure user id, or null
 */
record Identity(String iamId, Kind kind, String name, String email, Long imsUserId, List<String> accounts) {
  enum Kind { USER, SERVICE_ID }

  static Identity of(Seed.User user) {
    return new Identity(user.iamId(), Kind.USER, user.name(), user.username(), user.imsUserId(), user.accounts());
  }

  static Identity of(Seed.ServiceId serviceId) {
    return new Identity(serviceId.iamId(), Kind.SERVICE_ID, serviceId.name(), null, null,
        List.of(serviceId.account()));
  }

  boolean isMemberOf(String account) {
    return accounts.contains(account);
  }
}
