package io.github.schematicsci.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lookups over one immutable {@link Seed}; built once per change of the emulator's state. */
final class SeedIndex {
  private final Seed seed;
  private final Map<String, Seed.Account> accounts = new LinkedHashMap<>();
  private final Map<String, Seed.User> usersByUsername = new HashMap<>();
  private final Map<String, Identity> identities = new HashMap<>();
  private final Map<String, Seed.ApiKey> apiKeys = new HashMap<>();
  private final Map<String, Seed.User> passcodeOwners = new HashMap<>();
  private final Map<String, Seed.Workspace> workspaces = new HashMap<>();
  private final List<Seed.Workspace> workspacesInOrder;

  SeedIndex(Seed seed) {
    this.seed = seed;
    seed.accounts().forEach(account -> accounts.put(account.id(), account));
    for (Seed.User user : seed.users()) {
      usersByUsername.put(user.username().toLowerCase(Locale.ROOT), user);
      identities.put(user.iamId(), Identity.of(user));
      user.passcodes().forEach(passcode -> passcodeOwners.put(passcode, user));
    }
    seed.serviceIds().forEach(serviceId -> identities.put(serviceId.iamId(), Identity.of(serviceId)));
    seed.apiKeys().forEach(key -> apiKeys.put(key.apikey(), key));
    record Sortable(Seed.Workspace workspace, Instant createdAt, String id) {}
    List<Sortable> sortable = new ArrayList<>(seed.workspaces().size());
    for (Seed.Workspace workspace : seed.workspaces()) {
      workspaces.put(workspace.id(), workspace);
      sortable.add(new Sortable(workspace, SeedRules.createdAt(workspace.node()), workspace.id()));
    }
    sortable.sort(Comparator.comparing(Sortable::createdAt).thenComparing(Sortable::id));
    workspacesInOrder = sortable.stream().map(Sortable::workspace).toList();
  }

  Seed seed() {
    return seed;
  }

  Seed.Account account(String id) {
    return accounts.get(id);
  }

  /** The accounts in seed order. */
  List<Seed.Account> accounts() {
    return List.copyOf(accounts.values());
  }

  /** Finds a user by username, ignoring case as IBMid does. */
  Seed.User userByUsername(String username) {
    return usersByUsername.get(username.toLowerCase(Locale.ROOT));
  }

  Identity identity(String iamId) {
    return identities.get(iamId);
  }

  Seed.ApiKey apiKey(String apikey) {
    return apiKeys.get(apikey);
  }

  Seed.User passcodeOwner(String passcode) {
    return passcodeOwners.get(passcode);
  }

  Seed.Workspace workspace(String id) {
    return workspaces.get(id);
  }

  /** The workspaces of {@code account} in the given locations, sorted by {@code created_at}, then id. */
  List<Seed.Workspace> workspaces(String account, Set<String> locations) {
    List<Seed.Workspace> matches = new ArrayList<>();
    for (Seed.Workspace workspace : workspacesInOrder) {
      if (workspace.account().equals(account) && locations.contains(workspace.location())) {
        matches.add(workspace);
      }
    }
    return matches;
  }
}
