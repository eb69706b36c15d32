package io.github.schematicsci.emulator;

import java.util.List;

/**
 * Names and values from the demo seed ({@link Seed#demo()}), for tests and demos that use it. All of it is
 * fake; docs/emulator.md lists the whole seed.
 */
public final class DemoSeed {
  /** Alice's API key for Acme Production; {@code Main} prints it on startup. */
  public static final String API_KEY = "SchematicsCiDemoKey-alice-prod-0000000000001";
  /** Alice's API key for Acme Staging. */
  public static final String API_KEY_ALICE_STAGING = "SchematicsCiDemoKey-alice-staging-0000000002";
  /** The {@code ci-pipeline} service id's API key for Acme Production. */
  public static final String API_KEY_SERVICE_ID = "SchematicsCiDemoKey-ci-pipeline-000000000003";
  /** Carol's API key for Globex Sandbox. */
  public static final String API_KEY_CAROL_GLOBEX = "SchematicsCiDemoKey-carol-globex-00000000004";

  /** "Acme Production": 18 workspaces in all six regions. */
  public static final String ACCOUNT_ACME_PRODUCTION = "8f5387e71846f914208b0a5c88a8419d";
  /** "Acme Staging": 5 workspaces. */
  public static final String ACCOUNT_ACME_STAGING = "12fa7fbb9f456e95ebc55f334c395180";
  /** "Globex Sandbox": 3 workspaces. */
  public static final String ACCOUNT_GLOBEX_SANDBOX = "ebda139b1a1ad408f7559a79b71446a0";

  /** Member of Acme Production and Acme Staging; password grant works; has {@code ims_user_id}. */
  public static final String ALICE = "alice@example.com";
  public static final String ALICE_PASSWORD = "alice-demo-password";
  public static final String ALICE_IAM_ID = "IBMid-6650003ALI";
  /** Member of Acme Production; needs MFA (the password grant answers BXNIM0400E); has passcodes. */
  public static final String BOB = "bob@example.com";
  public static final String BOB_PASSWORD = "bob-demo-password";
  public static final String BOB_IAM_ID = "IBMid-6650003BOB";
  /** Bob's one-time passcodes; each works once per emulator. */
  public static final List<String> BOB_PASSCODES =
      List.of("Bq7TmB2kLp", "Bw3NcR8zQe", "Bf5HjU1vXa", "Bk9DsG4yWm", "Bt2LpE6rZc");
  /** Member of Globex Sandbox and Acme Staging; has passcodes. */
  public static final String CAROL = "carol@example.org";
  public static final String CAROL_PASSWORD = "carol-demo-password";
  public static final String CAROL_IAM_ID = "IBMid-6650003CAR";
  /** Carol's one-time passcodes. */
  public static final List<String> CAROL_PASSCODES = List.of("Cx4VbN7mQs", "Cz8KwP3tRd");
  /** The {@code ci-pipeline} service id of Acme Production. */
  public static final String SERVICE_ID_IAM_ID = "iam-ServiceId-8d3e6b1a-5c2f-4e7d-9a0b-1c2d3e4f5a6b";

  /** "network-base" in us-south; another workspace of the same name and account lives in eu-de. */
  public static final String WS_NETWORK_BASE_US_SOUTH = "us-south.workspace.network-base.84bba079";
  /** "network-base" in eu-de. */
  public static final String WS_NETWORK_BASE_EU_DE = "eu-de.workspace.network-base.943794e8";
  /** "database-primary" in us-south: outputs of every JSON type, and the sensitive {@code db_admin_password}. */
  public static final String WS_DATABASE_PRIMARY = "us-south.workspace.database-primary.afceaa86";
  /** "cluster-iks" in us-south: locked. */
  public static final String WS_LOCKED = "us-south.workspace.cluster-iks.f0753903";
  /** "eu-cluster" in eu-de: frozen. */
  public static final String WS_FROZEN = "eu-de.workspace.eu-cluster.5937aa53";
  /** "dr-replica" in us-east, renamed from "dr-test": the id keeps the old name. */
  public static final String WS_RENAMED = "us-east.workspace.dr-test.e8ef1b12";
  /** "eu-app" in eu-de: DRAFT, no outputs. */
  public static final String WS_DRAFT = "eu-de.workspace.eu-app.e0ae57c6";
  /** "app-backend" in us-east: FAILED. */
  public static final String WS_FAILED = "us-east.workspace.app-backend.b8890a62";

  private DemoSeed() {}
}
