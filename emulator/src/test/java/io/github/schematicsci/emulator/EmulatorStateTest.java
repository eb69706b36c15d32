package io.github.schematicsci.emulator;

import static io.github.schematicsci.emulator.TestHttp.APIKEY_GRANT;
import static io.github.schematicsci.emulator.TestHttp.field;
import static io.github.schematicsci.emulator.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmulatorStateTest extends EmulatorTestSupport {
  private static final String NEW_ACCOUNT = "abcdefabcdefabcdefabcdefabcdef01";

  @Test
  void addedAccountsUsersKeysAndWorkspacesWorkAtOnce() {
    emu.state().addAccount(Seed.Account.of(NEW_ACCOUNT, "New Co"));
    emu.state().addUser(Seed.User.of("IBMid-NEW", "new@example.com", "new-pw", "New User", NEW_ACCOUNT));
    emu.state().addApiKey(new Seed.ApiKey("new-key", "IBMid-NEW", NEW_ACCOUNT));
    emu.state().addWorkspaces(Seed.Generator.workspaces(NEW_ACCOUNT, "eu-gb", 3, 5));

    String token = http.accessToken("new-key");

    assertThat(TestHttp.claims(token).get("account").get("bss").asText()).isEqualTo(NEW_ACCOUNT);
    assertThat(json(http.get(emu.schematicsUrl("eu-gb") + "/v1/workspaces", token)).get("count").asInt()).isEqualTo(3);
    assertThat(emu.seedSecrets()).contains("new-key", "new-pw");
  }

  @Test
  void serviceIdsCanBeAdded() {
    emu.state().addServiceId(new Seed.ServiceId("iam-ServiceId-new", "robot", DemoSeed.ACCOUNT_ACME_STAGING));
    emu.state().addApiKey(new Seed.ApiKey("robot-key", "iam-ServiceId-new", DemoSeed.ACCOUNT_ACME_STAGING));

    assertThat(TestHttp.claims(http.accessToken("robot-key")).get("sub_type").asText()).isEqualTo("ServiceId");
  }

  @Test
  void putWorkspaceReplacesOneById() {
    Seed.Workspace locked = emu.state().workspace(DemoSeed.WS_DATABASE_PRIMARY).orElseThrow()
        .withField("workspace_status", java.util.Map.of("locked", true, "frozen", false));

    emu.state().putWorkspace(locked);

    String token = http.accessToken(DemoSeed.API_KEY);
    assertThat(json(http.get(emu.schematicsUrl("us-south") + "/v1/workspaces/" + DemoSeed.WS_DATABASE_PRIMARY, token))
        .at("/workspace_status/locked").asBoolean()).isTrue();
    assertThat(emu.state().workspaces()).hasSize(26);
  }

  @Test
  void invalidChangesAreRejectedAndLeaveTheStateAsItWas() {
    Seed before = emu.state().snapshot();

    assertThatThrownBy(() -> emu.state().addAccount(Seed.Account.of(DemoSeed.ACCOUNT_ACME_PRODUCTION, "Again")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is used twice");
    assertThatThrownBy(() -> emu.state().addWorkspace(emu.state().workspace(DemoSeed.WS_LOCKED).orElseThrow()))
        .hasMessageContaining("the id is used twice");
    assertThatThrownBy(() -> emu.state().addApiKey(new Seed.ApiKey("k", DemoSeed.BOB_IAM_ID,
        DemoSeed.ACCOUNT_GLOBEX_SANDBOX))).hasMessageContaining("is not a member");
    assertThatThrownBy(() -> emu.state().addPasscode("nobody", "x")).hasMessageContaining("no user 'nobody'");

    assertThat(emu.state().snapshot()).isSameAs(before);
  }

  @Test
  void removingSomethingThatIsNotThereReturnsFalse() {
    assertThat(emu.state().removeApiKey("no-such-key")).isFalse();
    assertThat(emu.state().removeUser("nobody@example.com")).isFalse();
    assertThat(emu.state().removeWorkspace("us-south.workspace.none.00000000")).isFalse();
  }

  @Test
  void aUsedPasscodeCannotBeAddedAgain() {
    String passcode = DemoSeed.CAROL_PASSCODES.get(1);
    field(http.token("grant_type", TestHttp.PASSCODE_GRANT, "passcode", passcode), "access_token");

    assertThatThrownBy(() -> emu.state().addPasscode(DemoSeed.ALICE, passcode)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tokensStayValidAfterTheirKeyIsRemoved() {
    String token = http.accessToken(DemoSeed.API_KEY);
    emu.state().removeApiKey(DemoSeed.API_KEY);

    assertThat(http.get(emu.schematicsUrl("us") + "/v1/workspaces", token).statusCode()).isEqualTo(200);
    assertThat(http.token("grant_type", APIKEY_GRANT, "apikey", DemoSeed.API_KEY).statusCode()).isEqualTo(400);
  }
}
