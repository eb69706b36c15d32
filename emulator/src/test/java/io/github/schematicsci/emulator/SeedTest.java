package io.github.schematicsci.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTest {
  private static final String A = "0123456789abcdef0123456789abcdef";
  private static final String B = "fedcba9876543210fedcba9876543210";

  @Test
  void theDemoSeedHasWhatTheSpecAsksFor() {
    Seed demo = Seed.demo();

    assertThat(demo.accounts()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(demo.users()).anyMatch(u -> u.accounts().size() >= 2);
    assertThat(demo.users()).anyMatch(Seed.User::mfaRequired);
    assertThat(demo.users()).anyMatch(u -> !u.passcodes().isEmpty());
    assertThat(demo.apiKeys()).extracting(Seed.ApiKey::apikey).contains(DemoSeed.API_KEY,
        DemoSeed.API_KEY_ALICE_STAGING, DemoSeed.API_KEY_SERVICE_ID, DemoSeed.API_KEY_CAROL_GLOBEX);
    assertThat(demo.workspaces()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(demo.workspaces()).extracting(Seed.Workspace::location).containsAll(Regions.LOCATIONS);
    Set<String> statuses = demo.workspaces().stream().map(w -> w.workspace().get("status").asText())
        .collect(Collectors.toSet());
    assertThat(statuses).contains("ACTIVE", "INACTIVE", "FAILED", "DRAFT");
    assertThat(demo.workspaces().stream().map(w -> w.workspace().get("resource_group").asText()).distinct())
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(demo.workspaces()).filteredOn(w -> w.workspace().at("/workspace_status/locked").asBoolean()).hasSize(1);
    assertThat(demo.workspaces()).filteredOn(w -> w.workspace().at("/workspace_status/frozen").asBoolean()).hasSize(1);
    assertThat(demo.workspaces()).allMatch(w -> w.id().matches("[a-z-]+\\.workspace\\.[a-z0-9-]+\\.[0-9a-f]{8}"));
    assertThat(demo.workspaces()).allMatch(w -> w.workspace().get("created_at").asText().matches(".*\\.\\d{9}Z"));
    assertThat(demo.workspaces()).anyMatch(w -> w.workspace().get("last_health_check_at").asText()
        .equals("0001-01-01T00:00:00Z"));
  }

  @Test
  void theDemoSeedHasTwoWorkspacesOfTheSameNameInDifferentRegions() {
    List<Seed.Workspace> same = Seed.demo().workspaces().stream().filter(w -> "network-base".equals(w.name())).toList();

    assertThat(same).extracting(Seed.Workspace::id)
        .containsExactlyInAnyOrder(DemoSeed.WS_NETWORK_BASE_US_SOUTH, DemoSeed.WS_NETWORK_BASE_EU_DE);
    assertThat(same).extracting(Seed.Workspace::account).containsOnly(DemoSeed.ACCOUNT_ACME_PRODUCTION);
  }

  @Test
  void theDemoConstantsMatchTheSeed() {
    Seed demo = Seed.demo();

    assertThat(demo.accounts()).extracting(Seed.Account::id).containsExactly(DemoSeed.ACCOUNT_ACME_PRODUCTION,
        DemoSeed.ACCOUNT_ACME_STAGING, DemoSeed.ACCOUNT_GLOBEX_SANDBOX);
    assertThat(demo.users()).extracting(Seed.User::username).containsExactly(DemoSeed.ALICE, DemoSeed.BOB, DemoSeed.CAROL);
    assertThat(demo.users()).extracting(Seed.User::password)
        .containsExactly(DemoSeed.ALICE_PASSWORD, DemoSeed.BOB_PASSWORD, DemoSeed.CAROL_PASSWORD);
    assertThat(demo.users()).extracting(Seed.User::iamId)
        .containsExactly(DemoSeed.ALICE_IAM_ID, DemoSeed.BOB_IAM_ID, DemoSeed.CAROL_IAM_ID);
    assertThat(demo.users().get(1).passcodes()).isEqualTo(DemoSeed.BOB_PASSCODES);
    assertThat(demo.users().get(2).passcodes()).isEqualTo(DemoSeed.CAROL_PASSCODES);
    assertThat(demo.serviceIds().get(0).iamId()).isEqualTo(DemoSeed.SERVICE_ID_IAM_ID);
    assertThat(demo.workspaces()).extracting(Seed.Workspace::id).contains(DemoSeed.WS_NETWORK_BASE_US_SOUTH,
        DemoSeed.WS_NETWORK_BASE_EU_DE, DemoSeed.WS_DATABASE_PRIMARY, DemoSeed.WS_LOCKED, DemoSeed.WS_FROZEN,
        DemoSeed.WS_RENAMED, DemoSeed.WS_DRAFT, DemoSeed.WS_FAILED);
    Seed.Workspace database = demo.workspaces().stream().filter(w -> w.id().equals(DemoSeed.WS_DATABASE_PRIMARY))
        .findFirst().orElseThrow();
    assertThat(database.outputs().at("/0/output_values/0/db_admin_password/sensitive").asBoolean()).isTrue();
  }

  @Test
  void roundTripsThroughJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, Seed.demo().toJson());

    assertThat(Seed.read(file)).isEqualTo(Seed.demo());
  }

  @Test
  void optionalUserFieldsMayBeLeftOut() {
    Seed seed = Seed.parse("{\"accounts\":[{\"id\":\"" + A + "\",\"name\":\"A\"}],"
        + "\"users\":[{\"iamId\":\"IBMid-1\",\"username\":\"u@example.com\",\"accounts\":[\"" + A + "\"]}]}");

    Seed.User user = seed.users().get(0);
    assertThat(user.mfaRequired()).isFalse();
    assertThat(user.passcodes()).isEmpty();
    assertThat(user.password()).isNull();
    assertThat(user.imsUserId()).isNull();
  }

  @Test
  void missingListsAreEmpty() {
    Seed seed = Seed.parse("{\"accounts\":[{\"id\":\"" + A + "\",\"name\":\"A\"}]}");

    assertThat(seed.users()).isEmpty();
    assertThat(seed.accounts().get(0).state()).isEqualTo("ACTIVE");
    assertThat(seed.accounts().get(0).type()).isEqualTo("TRIAL");
  }

  @Test
  void misspeltFieldsFail() {
    assertThatThrownBy(() -> Seed.parse("{\"acounts\":[]}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acounts");
    assertThatThrownBy(() -> Seed.parse("{\"users\":[{\"pasword\":\"x\"}]}")).hasMessageContaining("pasword");
  }

  @Test
  void brokenRulesNameTheEntry() {
    assertRejected(Seed.builder().account(Seed.Account.of("xyz", "A")), "accounts[0].id must be 32 hexadecimal");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A")).account(Seed.Account.of(A, "B")),
        "accounts[1].id " + A + " is used twice");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .user(Seed.User.of("IBMid-1", "u@example.com", "pw", "U", B)), "users[0].accounts: account " + B);
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .user(Seed.User.of("IBMid-1", "u@example.com", "pw", "U", A))
        .user(Seed.User.of("IBMid-2", "U@EXAMPLE.com", "pw", "U", A)), "users[1].username U@EXAMPLE.com is used twice");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .apiKey(new Seed.ApiKey("key-1", "IBMid-nobody", A)), "apiKeys[0].iamId IBMid-nobody is not a user");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A")).account(Seed.Account.of(B, "B"))
        .user(Seed.User.of("IBMid-1", "u@example.com", "pw", "U", A))
        .apiKey(new Seed.ApiKey("key-1", "IBMid-1", B)), "apiKeys[0]: IBMid-1 is not a member of account " + B);
  }

  @Test
  void duplicateSecretsAreRejectedWithoutPrintingThem() {
    Seed.Builder keys = Seed.builder().account(Seed.Account.of(A, "A"))
        .user(Seed.User.of("IBMid-1", "u@example.com", "pw", "U", A))
        .apiKey(new Seed.ApiKey("very-secret-key", "IBMid-1", A)).apiKey(new Seed.ApiKey("very-secret-key", "IBMid-1", A));
    assertThatThrownBy(keys::build).hasMessageContaining("apiKeys[1]").hasMessageNotContaining("very-secret-key");

    Seed.Builder passcodes = Seed.builder().account(Seed.Account.of(A, "A"))
        .user(Seed.User.of("IBMid-1", "u@example.com", "pw", "U", A).withPasscodes("code-1", "code-1"));
    assertThatThrownBy(passcodes::build).hasMessageContaining("passcodes[1]").hasMessageNotContaining("code-1");
  }

  @Test
  void workspacesNeedAnIdAndAKnownLocation() {
    Seed.Builder base = Seed.builder().account(Seed.Account.of(A, "A"));
    assertRejected(base.workspace(Seed.Workspace.parse(A, "{\"name\":\"x\"}", null)), "workspaces[0].workspace.id is missing");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .workspace(Seed.Workspace.parse(A, "{\"id\":\"mars-1.workspace.x.12345678\"}", null)), "location 'mars-1' is not one of");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .workspace(Seed.Workspace.parse(A, "{\"id\":\"us-south.workspace.x.12345678\",\"location\":\"eu-de\"}", null)), "does not match");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .workspace(Seed.Workspace.parse(A, "{\"id\":\"bad id\",\"location\":\"eu-de\"}", null)), "the id must match");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .workspace(Seed.Workspace.parse(A, "{\"id\":\"eu-de.workspace.x.1\",\"created_at\":\"yesterday\"}", null)), "created_at");
    assertRejected(Seed.builder().account(Seed.Account.of(A, "A"))
        .workspace(Seed.Workspace.parse(B, "{\"id\":\"eu-de.workspace.x.1\"}", null)), "account " + B + " is not in the seed's accounts");

    Seed oldStyle = Seed.builder().account(Seed.Account.of(A, "A"))
        .workspace(Seed.Workspace.parse(A, "{\"id\":\"ssh_bastion-host-0353ce37-3748-4c\",\"location\":\"us-east\"}", null))
        .build();
    assertThat(oldStyle.workspaces().get(0).location()).isEqualTo("us-east");
  }

  @Test
  void readReportsTheFileOfABadSeed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"accounts\":[{\"id\":\"nope\",\"name\":\"A\"}]}");
    assertThatThrownBy(() -> Seed.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString()).hasMessageContaining("accounts[0].id");

    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> Seed.read(file)).isInstanceOf(IOException.class).hasMessageContaining(file.toString());
  }

  @Test
  void workspacesCannotBeChangedFromOutside() {
    ObjectNode json = (ObjectNode) Json.readTree("{\"id\":\"eu-de.workspace.x.1\",\"name\":\"x\"}", "json");
    Seed.Workspace workspace = Seed.Workspace.of(A, json);
    json.put("name", "changed");
    workspace.workspace().put("name", "changed too");

    assertThat(workspace.name()).isEqualTo("x");
    assertThat(workspace.withField("name", "y").name()).isEqualTo("y");
    assertThat(workspace.name()).isEqualTo("x");
  }

  @Test
  void toStringNeverShowsSecrets() {
    Seed.User user = Seed.User.of("IBMid-1", "u@example.com", "pw-secret", "U", A).withPasscodes("pc-secret");
    Seed.ApiKey key = new Seed.ApiKey("key-secret", "IBMid-1", A);

    assertThat(user.toString()).doesNotContain("pw-secret", "pc-secret").contains("u@example.com");
    assertThat(key.toString()).doesNotContain("key-secret");
    assertThat(Seed.demo().toString()).contains("26 workspaces");
  }

  @Test
  void generatorMakesRealisticRepeatableWorkspaces() {
    List<Seed.Workspace> first = Seed.Generator.workspaces(A, "eu-gb", 50, 99);
    List<Seed.Workspace> again = Seed.Generator.workspaces(A, "eu-gb", 50, 99);

    assertThat(first).isEqualTo(again).hasSize(50);
    assertThat(first).extracting(Seed.Workspace::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("eu-gb.workspace."));
    Seed.Workspace one = first.get(0);
    assertThat(one.workspace().get("template_data").get(0).get("variablestore").size()).isGreaterThan(2);
    assertThat(one.workspace().get("created_at").asText()).matches(".*\\.\\d{9}Z");
    assertThat(Json.text(one.workspace()).length() + Json.text(one.outputs()).length()).isGreaterThan(3000);
    assertThat(Seed.builder().account(Seed.Account.of(A, "A")).workspaces(first).build().workspaces()).hasSize(50);
    assertThatThrownBy(() -> Seed.Generator.workspaces(A, "us", 1, 1)).hasMessageContaining("region must be one of");
    assertThatThrownBy(() -> Seed.Generator.workspaces(A, "us-south", -1, 1)).hasMessageContaining("n < 0");
  }

  private static void assertRejected(Seed.Builder builder, String message) {
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }
}
