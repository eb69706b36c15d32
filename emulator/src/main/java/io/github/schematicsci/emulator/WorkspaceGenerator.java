package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** Builds realistic workspaces from a seeded {@link Random}; see {@link Seed.Generator}. */
final class WorkspaceGenerator {
  private static final Instant BASE = Instant.parse("2023-01-02T08:00:00Z");
  private static final String[] PURPOSES = {
      "network", "cluster", "database", "app", "monitoring", "edge", "storage", "iam", "dns", "vpn"};
  private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "INACTIVE", "FAILED", "DRAFT"};
  /** Resource group names and ids, shared with the demo seed. */
  static final Map<String, String> RESOURCE_GROUPS = Map.of(
      "Default", "5f1c7a0e9b3d4c2a8e6f1b0d9c7a5e3f",
      "prod", "0b9e8d7c6a5f4e3d2c1b0a9f8e7d6c5b",
      "staging", "7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a",
      "shared-services", "c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4");
  private static final String[] GROUP_NAMES = {"Default", "prod", "staging", "shared-services"};

  private WorkspaceGenerator() {}

  static List<Seed.Workspace> generate(String account, String region, int n, long randomSeed) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(region, "region");
    if (!Regions.isLocation(region)) {
      throw new IllegalArgumentException("region must be one of " + String.join(", ", Regions.LOCATIONS)
          + ": '" + region + "'");
    }
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
    Random random = new Random(randomSeed);
    List<Seed.Workspace> workspaces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      workspaces.add(workspace(account, region, i, random));
    }
    return List.copyOf(workspaces);
  }

  private static Seed.Workspace workspace(String account, String region, int index, Random random) {
    String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
    String name = purpose + "-" + region + "-" + String.format("%05d", index);
    String id = region + ".workspace." + name + "." + hex(random, 4);
    String group = GROUP_NAMES[random.nextInt(GROUP_NAMES.length)];
    String status = STATUSES[random.nextInt(STATUSES.length)];
    Instant created = BASE.plusSeconds(index * 600L + random.nextInt(600)).plusNanos(random.nextInt(1_000_000_000));
    Instant updated = created.plusSeconds(random.nextInt(86_400 * 30)).plusNanos(random.nextInt(1_000_000_000));
    String templateId = hex(random, 4) + "-" + hex(random, 2) + "-" + hex(random, 2) + "-" + hex(random, 2) + "-"
        + hex(random, 6);
    String engine = random.nextBoolean() ? "terraform_v1.5" : "terraform_v1.4";
    String repo = "https://github.com/example-org/" + purpose + "-infra";

    ObjectNode w = Json.MAPPER.createObjectNode();
    w.put("id", id);
    w.put("name", name);
    w.put("crn", "crn:v1:bluemix:public:schematics:" + region + ":a/" + account + ":" + uuid(random) + ":workspace:" + id);
    w.putArray("type").add(engine);
    w.put("description", "Generated " + purpose + " workspace " + index);
    w.put("resource_group", group);
    w.put("location", region);
    w.putArray("tags").add("env:" + (group.equals("prod") ? "prod" : "dev")).add("purpose:" + purpose).add("generated");
    w.put("created_at", Times.schematics(created));
    w.put("created_by", "ci-bot@example.com");
    w.put("updated_at", Times.schematics(updated));
    w.put("updated_by", "ci-bot@example.com");
    w.put("last_health_check_at", "0001-01-01T00:00:00Z");
    w.put("status", status);
    w.put("failure_reason", status.equals("FAILED") ? "Terraform apply failed: quota exceeded" : "");
    ObjectNode msg = w.putObject("workspace_status_msg");
    msg.put("status_code", status.equals("FAILED") ? "400" : "200");
    msg.put("status_msg", "");
    ObjectNode ws = w.putObject("workspace_status");
    ws.put("frozen", false);
    ws.put("locked", false);
    ObjectNode repoNode = w.putObject("template_repo");
    repoNode.put("url", repo);
    repoNode.put("branch", "main");
    repoNode.put("full_url", repo + "/tree/main/terraform");
    repoNode.put("has_uploadedgitrepotar", false);
    repoNode.put("commit_id", hex(random, 20));
    ObjectNode template = w.putArray("template_data").addObject();
    template.put("id", templateId);
    template.put("folder", "terraform");
    template.put("compact", false);
    template.put("type", engine);
    template.put("values_url", "https://" + region + ".schematics.cloud.ibm.com/v1/workspaces/" + id + "/template_data/"
        + templateId + "/values");
    template.put("values", "");
    ArrayNode variables = template.putArray("variablestore");
    variable(variables, "region", region, false, "string", "Where to deploy");
    variable(variables, "resource_group", group, false, "string", "Resource group of the resources");
    variable(variables, "instance_count", Integer.toString(1 + random.nextInt(5)), false, "number", "Instances");
    variable(variables, "ibmcloud_api_key", "$SCHEMATICSSECRET$" + hex(random, 16), true, "string", "API key");
    template.put("has_githubtoken", false);
    ObjectNode runtime = w.putArray("runtime_data").addObject();
    runtime.put("id", templateId);
    runtime.put("engine_name", "terraform");
    runtime.put("engine_version", engine.equals("terraform_v1.5") ? "v1.5.7" : "v1.4.6");
    runtime.put("state_store_url", "https://" + region + ".schematics.cloud.ibm.com/v1/workspaces/" + id
        + "/runtime_data/" + templateId + "/state_store");
    runtime.put("log_store_url", "https://" + region + ".schematics.cloud.ibm.com/v1/workspaces/" + id
        + "/runtime_data/" + templateId + "/log_store");
    ObjectNode shared = w.putObject("shared_data");
    shared.put("resource_group_id", RESOURCE_GROUPS.get(group));
    shared.put("region", region);
    w.putNull("applied_shareddata_ids");
    w.put("last_action_name", status.equals("DRAFT") ? "WORKSPACE_CREATE" : "WORKSPACE_APPLY");
    w.put("last_activity_id", hex(random, 16));
    ObjectNode job = w.putObject("last_job");
    job.put("job_id", hex(random, 16));
    job.put("job_name", status.equals("DRAFT") ? "workspace_create" : "workspace_apply");
    job.put("job_status", status.equals("FAILED") ? "job_failed" : "job_finished");

    return new Seed.Workspace(account, w, status.equals("DRAFT") ? null : outputs(templateId, region, random));
  }

  private static ArrayNode outputs(String templateId, String region, Random random) {
    ArrayNode outputs = Json.MAPPER.createArrayNode();
    ObjectNode template = outputs.addObject();
    template.put("id", templateId);
    template.put("folder", "terraform");
    template.put("value_type", "map");
    ObjectNode values = template.putArray("output_values").addObject();
    output(values, "vpc_id", "string", false, text("r006-" + uuid(random)));
    output(values, "endpoint", "string", false, text("https://api-" + hex(random, 3) + "." + region + ".example.com"));
    output(values, "instance_count", "number", false, Json.MAPPER.getNodeFactory().numberNode(1 + random.nextInt(9)));
    output(values, "public", "bool", false, Json.MAPPER.getNodeFactory().booleanNode(random.nextBoolean()));
    ArrayNode subnets = Json.MAPPER.createArrayNode();
    for (int i = 0; i < 12; i++) {
      subnets.add("02b7-" + uuid(random));
    }
    output(values, "subnet_ids", "list", false, subnets);
    ObjectNode tags = Json.MAPPER.createObjectNode();
    for (int i = 0; i < 8; i++) {
      tags.put("tag-" + i, "value-" + hex(random, 6));
    }
    output(values, "tags", "map", false, tags);
    output(values, "admin_token", "string", true, text(hex(random, 24)));
    return outputs;
  }

  private static void output(ObjectNode values, String name, String type, boolean sensitive, JsonNode value) {
    ObjectNode output = values.putObject(name);
    output.set("value", value);
    output.put("type", type);
    output.put("sensitive", sensitive);
  }

  private static JsonNode text(String value) {
    return Json.MAPPER.getNodeFactory().textNode(value);
  }

  private static void variable(ArrayNode variables, String name, String value, boolean secure, String type,
      String description) {
    ObjectNode variable = variables.addObject();
    variable.put("name", name);
    variable.put("value", value);
    variable.put("secure", secure);
    variable.put("type", type);
    variable.put("description", description);
  }

  private static String hex(Random random, int bytes) {
    byte[] data = new byte[bytes];
    random.nextBytes(data);
    return HexFormat.of().formatHex(data);
  }

  private static String uuid(Random random) {
    return hex(random, 4) + "-" + hex(random, 2) + "-" + hex(random, 2) + "-" + hex(random, 2) + "-" + hex(random, 6);
  }
}
