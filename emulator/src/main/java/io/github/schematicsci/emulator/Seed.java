package io.github.schematicsci.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the emulator knows at start: accounts, users, service ids, API keys and workspaces with their
 * outputs. Immutable and checked when built: every reference must resolve, ids must be unique and
 * well-formed, and a bad seed fails with a message naming the entry (never a secret value).
 *
 * <p>JSON form (every list optional):
 * <pre>{@code
 * { "accounts":   [ {"id": "<32 hex>", "name": "...", "state": "ACTIVE", "type": "TRIAL"} ],
 *   "users":      [ {"iamId": "IBMid-...", "username": "alice@example.com", "password": "...", "name": "...",
 *                    "accounts": ["<id>"], "mfaRequired": false, "passcodes": ["..."], "imsUserId": 123} ],
 *   "serviceIds": [ {"iamId": "iam-ServiceId-<uuid>", "name": "...", "account": "<id>"} ],
 *   "apiKeys":    [ {"apikey": "...", "iamId": "<user or service id>", "account": "<id>"} ],
 *   "workspaces": [ {"account": "<id>", "workspace": { WorkspaceResponse JSON }, "outputs": [ output_values JSON ]} ] }
 * }</pre>
 *
 * <p>In Java: {@link #builder()}, the {@code withX} methods, or {@link Generator} for many workspaces.
 */
public record Seed(List<Account> accounts, List<User> users, List<ServiceId> serviceIds, List<ApiKey> apiKeys,
    List<Workspace> workspaces) {

  /** Checks the whole seed; see the class documentation. */
  public Seed {
    accounts = SeedRules.copy(accounts, "accounts");
    users = SeedRules.copy(users, "users");
    serviceIds = SeedRules.copy(serviceIds, "serviceIds");
    apiKeys = SeedRules.copy(apiKeys, "apiKeys");
    workspaces = SeedRules.copy(workspaces, "workspaces");
    SeedRules.check(accounts, users, serviceIds, apiKeys, workspaces);
  }

  /** A seed with nothing in it. */
  public static Seed empty() {
    return new Seed(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The demo seed shipped with the emulator; see {@link DemoSeed} and docs/emulator.md. */
  public static Seed demo() {
    return DemoHolder.DEMO;
  }

  /**
   * Reads a seed from a JSON file.
   *
   * @throws IOException if the file cannot be read or is not JSON of the seed's shape
   * @throws IllegalArgumentException if the seed breaks a rule; the message starts with the file name
   */
  public static Seed read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Parses a seed from JSON text.
   *
   * @throws IllegalArgumentException if the text is not a valid seed
   */
  public static Seed parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return Json.SEED_READER.readValue(json);
    } catch (ValueInstantiationException e) {
      throw unwrap(e, "seed");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("seed is not valid JSON of the seed's shape: " + e.getOriginalMessage(), e);
    }
  }

  static Seed parse(InputStream in, String source) throws IOException {
    try {
      return Json.SEED_READER.readValue(in);
    } catch (ValueInstantiationException e) {
      throw unwrap(e, source);
    } catch (JsonProcessingException e) {
      throw new IOException(source + " is not valid JSON of the seed's shape: " + e.getOriginalMessage(), e);
    }
  }

  private static IllegalArgumentException unwrap(ValueInstantiationException e, String source) {
    Throwable cause = e.getCause();
    String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
    return new IllegalArgumentException(source + ": " + message, e);
  }

  /** Returns this seed as pretty-printed JSON, the format {@link #read(Path)} reads. */
  public String toJson() {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a builder for a new seed. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding everything in this seed. */
  public Builder newBuilder() {
    return new Builder().accounts(accounts).users(users).serviceIds(serviceIds).apiKeys(apiKeys)
        .workspaces(workspaces);
  }

  /** Returns a copy of this seed with {@code account} added. */
  public Seed withAccount(Account account) {
    return newBuilder().account(account).build();
  }

  /** Returns a copy of this seed with {@code user} added. */
  public Seed withUser(User user) {
    return newBuilder().user(user).build();
  }

  /** Returns a copy of this seed with {@code serviceId} added. */
  public Seed withServiceId(ServiceId serviceId) {
    return newBuilder().serviceId(serviceId).build();
  }

  /** Returns a copy of this seed with {@code apiKey} added. */
  public Seed withApiKey(ApiKey apiKey) {
    return newBuilder().apiKey(apiKey).build();
  }

  /** Returns a copy of this seed with {@code workspace} added. */
  public Seed withWorkspace(Workspace workspace) {
    return newBuilder().workspace(workspace).build();
  }

  /** Returns a copy of this seed with {@code workspaces} added. */
  public Seed withWorkspaces(Collection<Workspace> workspaces) {
    return newBuilder().workspaces(workspaces).build();
  }

  @Override
  public String toString() {
    return "Seed[" + accounts.size() + " accounts, " + users.size() + " users, " + serviceIds.size()
        + " service ids, " + apiKeys.size() + " API keys, " + workspaces.size() + " workspaces]";
  }

  /** Collects seed entries; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private final List<Account> accounts = new ArrayList<>();
    private final List<User> users = new ArrayList<>();
    private final List<ServiceId> serviceIds = new ArrayList<>();
    private final List<ApiKey> apiKeys = new ArrayList<>();
    private final List<Workspace> workspaces = new ArrayList<>();

    private Builder() {}

    public Builder account(Account account) {
      accounts.add(Objects.requireNonNull(account, "account"));
      return this;
    }

    public Builder accounts(Collection<Account> accounts) {
      accounts.forEach(this::account);
      return this;
    }

    public Builder user(User user) {
      users.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    public Builder users(Collection<User> users) {
      users.forEach(this::user);
      return this;
    }

    public Builder serviceId(ServiceId serviceId) {
      serviceIds.add(Objects.requireNonNull(serviceId, "serviceId"));
      return this;
    }

    public Builder serviceIds(Collection<ServiceId> serviceIds) {
      serviceIds.forEach(this::serviceId);
      return this;
    }

    public Builder apiKey(ApiKey apiKey) {
      apiKeys.add(Objects.requireNonNull(apiKey, "apiKey"));
      return this;
    }

    public Builder apiKeys(Collection<ApiKey> apiKeys) {
      apiKeys.forEach(this::apiKey);
      return this;
    }

    public Builder workspace(Workspace workspace) {
      workspaces.add(Objects.requireNonNull(workspace, "workspace"));
      return this;
    }

    public Builder workspaces(Collection<Workspace> workspaces) {
      workspaces.forEach(this::workspace);
      return this;
    }

    /**
     * Returns the seed.
     *
     * @throws IllegalArgumentException if an entry breaks a rule of the seed
     */
    public Seed build() {
      return new Seed(accounts, users, serviceIds, apiKeys, workspaces);
    }
  }

  /**
   * An IBM Cloud account.
   *
   * @param id the 32-hex account id ({@code account.bss} in tokens, {@code metadata.guid} in the Accounts API)
   * @param state {@code ACTIVE} when null
   * @param type {@code TRIAL} when null
   */
  public record Account(String id, String name, String state, String type) {
    public Account {
      state = state == null ? "ACTIVE" : state;
      type = type == null ? "TRIAL" : type;
    }

    /** An active trial account. */
    public static Account of(String id, String name) {
      return new Account(id, name, "ACTIVE", "TRIAL");
    }

    public Account withName(String name) {
      return new Account(id, name, state, type);
    }

    public Account withState(String state) {
      return new Account(id, name, state, type);
    }

    public Account withType(String type) {
      return new Account(id, name, state, type);
    }
  }

  /**
   * An IBMid user.
   *
   * @param password null for a user who cannot use the password grant
   * @param accounts ids of the accounts the user is a member of
   * @param mfaRequired the password grant answers BXNIM0400E (use a passcode or an API key)
   * @param passcodes one-time passcodes, each good for one successful passcode grant
   * @param imsUserId the classic-infrastructure user id returned as {@code ims_user_id}, or null
   */
  public record User(String iamId, String username, String password, String name, List<String> accounts,
      boolean mfaRequired, List<String> passcodes, Long imsUserId) {
    public User {
      accounts = SeedRules.copy(accounts, "user accounts");
      passcodes = SeedRules.copy(passcodes, "user passcodes");
    }

    /** A user without MFA, passcodes or IMS id. */
    public static User of(String iamId, String username, String password, String name, String... accounts) {
      return new User(iamId, username, password, name, Arrays.asList(accounts), false, List.of(), null);
    }

    public User withAccounts(String... accounts) {
      return new User(iamId, username, password, name, Arrays.asList(accounts), mfaRequired, passcodes, imsUserId);
    }

    public User withPassword(String password) {
      return new User(iamId, username, password, name, accounts, mfaRequired, passcodes, imsUserId);
    }

    public User withMfaRequired(boolean mfaRequired) {
      return new User(iamId, username, password, name, accounts, mfaRequired, passcodes, imsUserId);
    }

    public User withPasscodes(String... passcodes) {
      return new User(iamId, username, password, name, accounts, mfaRequired, Arrays.asList(passcodes), imsUserId);
    }

    public User withImsUserId(Long imsUserId) {
      return new User(iamId, username, password, name, accounts, mfaRequired, passcodes, imsUserId);
    }

    /** Shows the user without password or passcodes. */
    @Override
    public String toString() {
      return "User[iamId=" + iamId + ", username=" + username + ", name=" + name + ", accounts=" + accounts
          + ", mfaRequired=" + mfaRequired + ", passcodes=" + passcodes.size() + ", imsUserId=" + imsUserId + "]";
    }
  }

  /** A service id, member of exactly one account. */
  public record ServiceId(String iamId, String name, String account) {}

  /**
   * An API key of a user or a service id, bound to one account.
   *
   * @param iamId the iam id of the user or service id that owns the key
   * @param account the account the key's tokens are scoped to; the owner must be a member
   */
  public record ApiKey(String apikey, String iamId, String account) {
    /** Shows the key's owner and account, never the key. */
    @Override
    public String toString() {
      return "ApiKey[iamId=" + iamId + ", account=" + account + "]";
    }
  }

  /**
   * A workspace as the Schematics API returns it, owned by an account, with its Terraform outputs.
   *
   * <p>{@code workspace} is the {@code GET /v1/workspaces/{id}} JSON; it needs an {@code id}, and a
   * {@code location} (or an id starting with one). {@code outputs} is the {@code output_values} JSON array.
   * The JSON is copied in and out, so a {@code Workspace} cannot be changed after it is made.
   */
  public record Workspace(String account, ObjectNode workspace, ArrayNode outputs) {
    public Workspace {
      Objects.requireNonNull(workspace, "workspace");
      workspace = workspace.deepCopy();
      outputs = outputs == null ? Json.MAPPER.createArrayNode() : outputs.deepCopy();
    }

    /** A workspace without outputs. */
    public static Workspace of(String account, ObjectNode workspace) {
      return new Workspace(account, workspace, null);
    }

    /**
     * Parses a workspace from its JSON text, and its outputs (null for none).
     *
     * @throws IllegalArgumentException if either text is not a JSON object / array respectively
     */
    public static Workspace parse(String account, String workspaceJson, String outputsJson) {
      JsonNode workspace = Json.readTree(workspaceJson, "workspaceJson");
      JsonNode outputs = outputsJson == null ? null : Json.readTree(outputsJson, "outputsJson");
      if (!(workspace instanceof ObjectNode object)) {
        throw new IllegalArgumentException("workspaceJson must be a JSON object");
      }
      if (outputs != null && !(outputs instanceof ArrayNode)) {
        throw new IllegalArgumentException("outputsJson must be a JSON array");
      }
      return new Workspace(account, object, (ArrayNode) outputs);
    }

    @Override
    public ObjectNode workspace() {
      return workspace.deepCopy();
    }

    @Override
    public ArrayNode outputs() {
      return outputs.deepCopy();
    }

    /** The workspace's {@code id}. */
    public String id() {
      return workspace.path("id").asText(null);
    }

    /** The workspace's {@code name}, or null. */
    public String name() {
      return workspace.path("name").asText(null);
    }

    /** The workspace's location: its {@code location} field, else the first segment of its id. */
    public String location() {
      return SeedRules.locationOf(workspace);
    }

    public Workspace withAccount(String account) {
      return new Workspace(account, workspace, outputs);
    }

    public Workspace withOutputs(ArrayNode outputs) {
      return new Workspace(account, workspace, outputs);
    }

    /** Returns a copy whose workspace JSON has {@code field} set to {@code value} (any JSON-mappable value). */
    public Workspace withField(String field, Object value) {
      ObjectNode copy = workspace.deepCopy();
      copy.set(field, Json.MAPPER.valueToTree(value));
      return new Workspace(account, copy, outputs);
    }

    /** The workspace JSON without copying; callers must not change it. */
    ObjectNode node() {
      return workspace;
    }

    /** The outputs JSON without copying; callers must not change it. */
    ArrayNode outputsNode() {
      return outputs;
    }

    @Override
    public String toString() {
      return "Workspace[" + id() + ", account=" + account + "]";
    }
  }

  /** Makes realistic workspaces in bulk, for paging tests and benchmarks. */
  public static final class Generator {
    private Generator() {}

    /**
     * Returns {@code n} workspaces of {@code account} in {@code region}, each with template data,
     * variables, a last job and a few KB of outputs. The same arguments always give the same workspaces.
     *
     * @param region a workspace location such as {@code us-south}
     * @throws IllegalArgumentException if {@code region} is not a location or {@code n} is negative
     */
    public static List<Workspace> workspaces(String account, String region, int n, long randomSeed) {
      return WorkspaceGenerator.generate(account, region, n, randomSeed);
    }
  }

  private static final class DemoHolder {
    static final Seed DEMO = load();

    private static Seed load() {
      String resource = "demo-seed.json";
      try (InputStream in = Seed.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The demo seed " + resource + " is missing from the emulator's jar");
        }
        return parse(in, resource);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
