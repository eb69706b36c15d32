package io.github.schematicsci.core.testing;

import io.github.schematicsci.emulator.Seed;

/** Small, hand-written workspaces for lookup tests (the generator makes the bulky ones). */
public final class TestWorkspaces {
    public static final String NET_EAST = "us-east.workspace.net-prod.1a2b3c4d";
    public static final String NET_DE = "eu-de.workspace.net-prod.5e6f7a8b";
    public static final String APP_SOUTH = "us-south.workspace.app-prod.0badc0de";
    public static final String DB_TOR = "ca-tor.workspace.db-main.12345678";
    public static final String LOCKED_GB = "eu-gb.workspace.edge.9a9a9a9a";

    private TestWorkspaces() {
    }

    /** The identities of {@link TestSeeds} plus five workspaces in account A and one in account B. */
    public static Seed seed() {
        return TestSeeds.identities()
                .workspace(workspace(NET_EAST, "net-prod", "us-east", "default", "ACTIVE", OUTPUTS_ALL_TYPES))
                .workspace(workspace(NET_DE, "net-prod", "eu-de", "europe", "ACTIVE", null))
                .workspace(workspace(APP_SOUTH, "app-prod", "us-south", "apps", "inactive", TWO_TEMPLATES))
                .workspace(workspace(DB_TOR, "db-main", "ca-tor", "data", "FAILED", null))
                .workspace(Seed.Workspace.parse(TestSeeds.ACCOUNT_A, """
                        {"id": "%s", "name": "edge", "location": "eu-gb", "resource_group": "default",
                         "status": "ACTIVE", "workspace_status": {"locked": true, "locked_by": "ci@example.com",
                         "locked_time": "2026-12-01T08:00:00.123456789Z", "frozen": true, "frozen_by": "ops",
                         "frozen_at": "0001-01-01T00:00:00Z"}}""".formatted(LOCKED_GB), null))
                .workspace(Seed.Workspace.parse(TestSeeds.ACCOUNT_B, """
                        {"id": "us-south.workspace.bravo-only.77777777", "name": "bravo-only", "location": "us-south",
                         "resource_group": "default", "status": "ACTIVE"}""", null))
                .build();
    }

    static final String OUTPUTS_ALL_TYPES = """
            [{"id": "tpl-net", "folder": ".", "value_type": "terraform_v1.5", "output_values": [
              {"cluster_id": {"value": "c0ffee01", "type": "string", "sensitive": false}},
              {"node_count": {"value": 3, "type": "number"}},
              {"ha": {"value": true, "type": "bool"}},
              {"zones": {"value": ["us-east-1", "us-east-2"], "type": ["list", "string"]}},
              {"tags": {"value": {"env": "prod", "team": "net"}, "type": ["map", "string"]},
               "ratio": {"value": 0.75, "type": "number"}},
              {"db_password": {"value": "SensitiveOutputValue-123", "type": "string", "sensitive": true}},
              {"nothing": {"value": null}}
            ]}]""";

    static final String TWO_TEMPLATES = """
            [{"id": "tpl-a", "folder": "a", "output_values": [{"url": {"value": "https://a.example.com"}},
                                                              {"shared": {"value": "same"}}]},
             {"id": "tpl-b", "folder": "b", "output_values": [{"port": {"value": 8443}},
                                                              {"shared": {"value": "same"}}]}]""";

    private static Seed.Workspace workspace(String id, String name, String location, String group, String status,
            String outputs) {
        return Seed.Workspace.parse(TestSeeds.ACCOUNT_A, """
                {"id": "%s", "name": "%s", "crn": "crn:v1:bluemix:public:schematics:us-south:a/%s:1234:workspace:%s",
                 "location": "%s", "resource_group": "%s", "status": "%s", "description": "test workspace",
                 "type": ["terraform_v1.5"], "tags": ["env:prod", "owner:net"],
                 "created_at": "2026-01-03T07:02:38.369965717Z", "created_by": "alice@example.com",
                 "updated_at": "2026-11-30T12:00:00Z", "updated_by": "ci@example.com",
                 "last_health_check_at": "0001-01-01T00:00:00Z",
                 "workspace_status_msg": {"status_code": "200", "status_msg": "applied"},
                 "workspace_status": {"locked": false, "frozen": false},
                 "template_repo": {"url": "https://github.com/example/%s", "branch": "main",
                                   "repo_sha_value": "4f3c2b1a"},
                 "template_data": [{"id": "tpl-1", "folder": ".", "type": "terraform_v1.5",
                                    "variablestore": [{"name": "region", "value": "%s"}]}],
                 "last_job": {"job_id": "job-42", "job_name": "WORKSPACE_APPLY", "job_status": "COMPLETED"},
                 "unknown_future_field": {"x": 1}}""".formatted(id, name, TestSeeds.ACCOUNT_A, id, location, group,
                status, name, location), outputs);
    }
}
