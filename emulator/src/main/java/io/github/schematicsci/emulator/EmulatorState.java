package io.github.schematicsci.emulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What a running emulator knows: its seed plus every change made since. Tests change it to add or remove
 * accounts, users, API keys and workspaces while the emulator runs; each change is checked like a seed
 * and applied atomically, and the next request sees it. Thread-safe.
 *
 * <p>Tokens already issued stay valid until they expire, whatever changes here.
 */
public final class EmulatorState {
  private final Object lock = new Object();
  private volatile SeedIndex index;
  private final Set<String> usedPasscodes = ConcurrentHashMap.newKeySet();
  private final Set<String> secrets = Collections.synchronizedSet(new LinkedHashSet<>());

  EmulatorState(Seed seed) {
    this.index = new SeedIndex(seed);
    rememberSecrets(seed);
  }

  /** Returns the current state as a seed (passcodes are listed whether used or not). */
  public Seed snapshot() {
    return index.seed();
  }

  /** Returns the workspace with {@code id}, if there is one. */
  public Optional<Seed.Workspace> workspace(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index.workspace(id));
  }

  /** Returns every workspace, in seed order. */
  public List<Seed.Workspace> workspaces() {
    return index.seed().workspaces();
  }

  /** Adds an account. @throws IllegalArgumentException if it breaks a seed rule (e.g. a duplicate id) */
  public void addAccount(Seed.Account account) {
    Objects.requireNonNull(account, "account");
    update(seed -> seed.withAccount(account));
  }

  /** Adds a user. @throws IllegalArgumentException if it breaks a seed rule */
  public void addUser(Seed.User user) {
    Objects.requireNonNull(user, "user");
    update(seed -> seed.withUser(user));
  }

  /**
   * Removes the user with this username or iam id, and the user's API keys.
   *
   * @return whether such a user existed
   */
  public boolean removeUser(String usernameOrIamId) {
    Objects.requireNonNull(usernameOrIamId, "usernameOrIamId");
    return remove(seed -> {
      List<Seed.User> users = new ArrayList<>(seed.users());
      Seed.User gone = users.stream()
          .filter(u -> u.iamId().equals(usernameOrIamId) || u.username().equalsIgnoreCase(usernameOrIamId))
          .findFirst().orElse(null);
      if (gone == null) {
        return seed;
      }
      users.remove(gone);
      List<Seed.ApiKey> keys = seed.apiKeys().stream().filter(k -> !k.iamId().equals(gone.iamId())).toList();
      return new Seed(seed.accounts(), users, seed.serviceIds(), keys, seed.workspaces());
    });
  }

  /** Adds a service id. @throws IllegalArgumentException if it breaks a seed rule */
  public void addServiceId(Seed.ServiceId serviceId) {
    Objects.requireNonNull(serviceId, "serviceId");
    update(seed -> seed.withServiceId(serviceId));
  }

  /** Adds an API key. @throws IllegalArgumentException if it breaks a seed rule */
  public void addApiKey(Seed.ApiKey apiKey) {
    Objects.requireNonNull(apiKey, "apiKey");
    update(seed -> seed.withApiKey(apiKey));
  }

  /**
   * Deletes an API key: from now on it gets 400 BXNIM0415E.
   *
   * @return whether the key existed
   */
  public boolean removeApiKey(String apikey) {
    Objects.requireNonNull(apikey, "apikey");
    return remove(seed -> new Seed(seed.accounts(), seed.users(), seed.serviceIds(),
        seed.apiKeys().stream().filter(k -> !k.apikey().equals(apikey)).toList(), seed.workspaces()));
  }

  /**
   * Gives the user a new one-time passcode.
   *
   * @throws IllegalArgumentException if there is no such user or the passcode is already known
   */
  public void addPasscode(String usernameOrIamId, String passcode) {
    Objects.requireNonNull(usernameOrIamId, "usernameOrIamId");
    Objects.requireNonNull(passcode, "passcode");
    update(seed -> {
      List<Seed.User> users = new ArrayList<>();
      boolean found = false;
      for (Seed.User user : seed.users()) {
        if (user.iamId().equals(usernameOrIamId) || user.username().equalsIgnoreCase(usernameOrIamId)) {
          List<String> passcodes = new ArrayList<>(user.passcodes());
          passcodes.add(passcode);
          user = user.withPasscodes(passcodes.toArray(String[]::new));
          found = true;
        }
        users.add(user);
      }
      if (!found) {
        throw new IllegalArgumentException("usernameOrIamId: no user '" + usernameOrIamId + "'");
      }
      if (usedPasscodes.contains(passcode)) {
        throw new IllegalArgumentException("passcode was already used");
      }
      return new Seed(seed.accounts(), users, seed.serviceIds(), seed.apiKeys(), seed.workspaces());
    });
  }

  /** Adds a workspace. @throws IllegalArgumentException if it breaks a seed rule (e.g. its id exists) */
  public void addWorkspace(Seed.Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    update(seed -> seed.withWorkspace(workspace));
  }

  /** Adds workspaces in one change. @throws IllegalArgumentException if one breaks a seed rule */
  public void addWorkspaces(Collection<Seed.Workspace> workspaces) {
    Objects.requireNonNull(workspaces, "workspaces");
    update(seed -> seed.withWorkspaces(workspaces));
  }

  /**
   * Adds the workspace, or replaces the one with the same id (e.g. to lock it mid-test).
   *
   * @throws IllegalArgumentException if it breaks a seed rule
   */
  public void putWorkspace(Seed.Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    update(seed -> {
      List<Seed.Workspace> workspaces = new ArrayList<>(seed.workspaces());
      workspaces.removeIf(w -> w.id().equals(workspace.id()));
      workspaces.add(workspace);
      return new Seed(seed.accounts(), seed.users(), seed.serviceIds(), seed.apiKeys(), workspaces);
    });
  }

  /**
   * Removes a workspace: from now on it gets 404 M1001.
   *
   * @return whether it existed
   */
  public boolean removeWorkspace(String id) {
    Objects.requireNonNull(id, "id");
    return remove(seed -> new Seed(seed.accounts(), seed.users(), seed.serviceIds(), seed.apiKeys(),
        seed.workspaces().stream().filter(w -> !w.id().equals(id)).toList()));
  }

  SeedIndex index() {
    return index;
  }

  /** Marks a passcode used; returns false if it already was (so two concurrent grants cannot both win). */
  boolean consumePasscode(String passcode) {
    return usedPasscodes.add(passcode);
  }

  boolean isPasscodeUsed(String passcode) {
    return usedPasscodes.contains(passcode);
  }

  /** Every API key, password and passcode ever seeded or added, in that order; an unmodifiable snapshot. */
  Set<String> secrets() {
    synchronized (secrets) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(secrets));
    }
  }

  private void update(UnaryOperator<Seed> change) {
    synchronized (lock) {
      Seed next = change.apply(index.seed());
      index = new SeedIndex(next);
      rememberSecrets(next);
    }
  }

  private boolean remove(UnaryOperator<Seed> change) {
    synchronized (lock) {
      Seed before = index.seed();
      Seed next = change.apply(before);
      if (next == before || next.equals(before)) {
        return false;
      }
      index = new SeedIndex(next);
      return true;
    }
  }

  private void rememberSecrets(Seed seed) {
    for (Seed.User user : seed.users()) {
      if (user.password() != null) {
        secrets.add(user.password());
      }
      secrets.addAll(user.passcodes());
    }
    seed.apiKeys().forEach(key -> secrets.add(key.apikey()));
  }
}
