package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a seed must follow, and the id formats the emulator checks on the wire too. */
final class SeedRules {
  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern WORKSPACE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  static final int MAX_WORKSPACE_ID_LENGTH = 128;

  private SeedRules() {}

  static boolean isAccountId(String id) {
    return id != null && ACCOUNT_ID.matcher(id).matches();
  }

  /** True for ids Schematics would look up; others get 403 M1078. */
  static boolean isWellFormedWorkspaceId(String id) {
    return id != null && id.length() <= MAX_WORKSPACE_ID_LENGTH && WORKSPACE_ID.matcher(id).matches();
  }

  /** The workspace's {@code location} field, else the first dot-separated segment of its id, else null. */
  static String locationOf(ObjectNode workspace) {
    String location = workspace.path("location").asText("");
    if (!location.isEmpty()) {
      return location;
    }
    String id = workspace.path("id").asText("");
    int dot = id.indexOf('.');
    return dot > 0 ? id.substring(0, dot) : null;
  }

  /** Parses {@code created_at}; a workspace without one sorts first. */
  static Instant createdAt(ObjectNode workspace) {
    String text = workspace.path("created_at").asText("");
    return text.isEmpty() ? Instant.MIN : Instant.parse(text);
  }

  /** Copies a list, treating null as empty and rejecting null elements. */
  static <T> List<T> copy(List<T> list, String name) {
    if (list == null) {
      return List.of();
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new IllegalArgumentException(name + "[" + i + "] is null");
      }
    }
    return List.copyOf(list);
  }

  static void check(List<Seed.Account> accounts, List<Seed.User> users, List<Seed.ServiceId> serviceIds,
      List<Seed.ApiKey> apiKeys, List<Seed.Workspace> workspaces) {
    Set<String> accountIds = new HashSet<>();
    for (int i = 0; i < accounts.size(); i++) {
      Seed.Account account = accounts.get(i);
      String where = "accounts[" + i + "]";
      if (!isAccountId(account.id())) {
        throw new IllegalArgumentException(where + ".id must be 32 hexadecimal characters: '" + account.id() + "'");
      }
      if (!accountIds.add(account.id())) {
        throw new IllegalArgumentException(where + ".id " + account.id() + " is used twice");
      }
      requireText(account.name(), where + ".name");
    }

    Map<String, Set<String>> memberships = new HashMap<>();
    Set<String> iamIds = new HashSet<>();
    Set<String> usernames = new HashSet<>();
    Set<String> passcodes = new HashSet<>();
    for (int i = 0; i < users.size(); i++) {
      Seed.User user = users.get(i);
      String where = "users[" + i + "]";
      requireText(user.iamId(), where + ".iamId");
      requireText(user.username(), where + ".username");
      if (!iamIds.add(user.iamId())) {
        throw new IllegalArgumentException(where + ".iamId " + user.iamId() + " is used twice");
      }
      if (!usernames.add(user.username().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(where + ".username " + user.username() + " is used twice");
      }
      for (String account : user.accounts()) {
        requireAccount(accountIds, account, where + ".accounts");
      }
      memberships.put(user.iamId(), Set.copyOf(user.accounts()));
      for (int p = 0; p < user.passcodes().size(); p++) {
        String passcode = user.passcodes().get(p);
        requireText(passcode, where + ".passcodes[" + p + "]");
        if (!passcodes.add(passcode)) {
          throw new IllegalArgumentException(where + ".passcodes[" + p + "] is used twice (passcodes are unique)");
        }
      }
    }
    for (int i = 0; i < serviceIds.size(); i++) {
      Seed.ServiceId serviceId = serviceIds.get(i);
      String where = "serviceIds[" + i + "]";
      requireText(serviceId.iamId(), where + ".iamId");
      if (!iamIds.add(serviceId.iamId())) {
        throw new IllegalArgumentException(where + ".iamId " + serviceId.iamId() + " is used twice");
      }
      requireAccount(accountIds, serviceId.account(), where + ".account");
      memberships.put(serviceId.iamId(), Set.of(serviceId.account()));
    }

    Set<String> keys = new HashSet<>();
    for (int i = 0; i < apiKeys.size(); i++) {
      Seed.ApiKey key = apiKeys.get(i);
      String where = "apiKeys[" + i + "]";
      requireText(key.apikey(), where + ".apikey");
      if (!keys.add(key.apikey())) {
        throw new IllegalArgumentException(where + ".apikey is the same as an earlier key's (keys are unique)");
      }
      requireAccount(accountIds, key.account(), where + ".account");
      Set<String> member = memberships.get(key.iamId());
      if (member == null) {
        throw new IllegalArgumentException(where + ".iamId " + key.iamId() + " is not a user or service id of the seed");
      }
      if (!member.contains(key.account())) {
        throw new IllegalArgumentException(where + ": " + key.iamId() + " is not a member of account " + key.account());
      }
    }

    Set<String> workspaceIds = new HashSet<>();
    for (int i = 0; i < workspaces.size(); i++) {
      checkWorkspace(workspaces.get(i), "workspaces[" + i + "]", accountIds, workspaceIds);
    }
  }

  private static void checkWorkspace(Seed.Workspace entry, String where, Set<String> accountIds,
      Set<String> workspaceIds) {
    ObjectNode workspace = entry.node();
    String id = workspace.path("id").asText("");
    if (id.isEmpty()) {
      throw new IllegalArgumentException(where + ".workspace.id is missing");
    }
    where = where + " (" + id + ")";
    requireAccount(accountIds, entry.account(), where + ".account");
    if (!isWellFormedWorkspaceId(id)) {
      throw new IllegalArgumentException(where + ": the id must match " + WORKSPACE_ID.pattern() + " and be at most "
          + MAX_WORKSPACE_ID_LENGTH + " characters");
    }
    if (!workspaceIds.add(id)) {
      throw new IllegalArgumentException(where + ": the id is used twice");
    }
    String location = locationOf(workspace);
    if (location == null || !Regions.isLocation(location)) {
      throw new IllegalArgumentException(where + ": location '" + location + "' is not one of "
          + String.join(", ", Regions.LOCATIONS) + " (set \"location\" or start the id with it)");
    }
    String field = workspace.path("location").asText("");
    int dot = id.indexOf('.');
    if (!field.isEmpty() && dot > 0 && Regions.isLocation(id.substring(0, dot)) && !id.startsWith(field + ".")) {
      throw new IllegalArgumentException(where + ": location '" + field + "' does not match the id's location");
    }
    try {
      createdAt(workspace);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ".created_at is not an RFC 3339 UTC time: '"
          + workspace.path("created_at").asText() + "'");
    }
    ArrayNode outputs = entry.outputsNode();
    for (int o = 0; o < outputs.size(); o++) {
      JsonNode template = outputs.get(o);
      if (!template.isObject() || !template.path("output_values").isArray()) {
        throw new IllegalArgumentException(where + ".outputs[" + o + "] must be an object with an output_values array");
      }
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is missing or blank");
    }
  }

  private static void requireAccount(Set<String> accountIds, String account, String name) {
    if (account == null || !accountIds.contains(account)) {
      throw new IllegalArgumentException(name + ": account " + account + " is not in the seed's accounts");
    }
  }
}
