package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Schematics v1 under {@code /schematics/{region}}: list workspaces, get one, get its output values. Checks
 * the region, the bearer token, the rate limit, the token's account, then the request itself.
 */
final class WorkspacesEndpoint {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 2000;
  private static final List<String> SUMMARY_FIELDS =
      List.of("id", "name", "location", "resource_group", "status", "updated_at");

  private final EmulatorState state;
  private final BearerAuth auth;
  private final RateLimiter rateLimiter;
  private final ErrorBodies errors;

  WorkspacesEndpoint(EmulatorState state, BearerAuth auth, RateLimiter rateLimiter, ErrorBodies errors) {
    this.state = state;
    this.auth = auth;
    this.rateLimiter = rateLimiter;
    this.errors = errors;
  }

  Response handle(IncomingRequest request) {
    RoutedPath path = request.routed();
    Set<String> locations = Regions.servedBy(path.region());
    if (locations.isEmpty()) {
      return errors.schematics(404, "M1074", "The requested object cannot be located: '" + path.region()
          + "' is not a Schematics region (valid: " + Regions.validNames() + ").", request);
    }
    if (!request.method().equals("GET")) {
      return errors.schematics(405, "M9405", "Method " + request.method() + " is not emulated here; use GET.",
          request).withHeader("Allow", "GET");
    }
    BearerAuth.Result result = auth.authenticate(request);
    if (!result.ok()) {
      return errors.schematics(401, "M9401", result.failure(), request);
    }
    long retryAfter = rateLimiter.acquire(path.region(), result.access().iamId());
    if (retryAfter > 0) {
      return errors.schematics(429, "M9429", "Rate limit exceeded: too many requests to region '" + path.region()
          + "' in this minute. Retry after " + retryAfter + " seconds.", request)
          .withHeader("Retry-After", Long.toString(retryAfter));
    }
    String account = result.access().account();
    if (account == null) {
      return errors.schematics(403, "M9403", "The IAM token is not scoped to an account. Request the token with"
          + " bss_account (or account) set to the account id.", request);
    }
    SeedIndex index = state.index();
    if (request.route() == Route.WORKSPACES_LIST) {
      return list(request, account, locations, index);
    }
    String id = path.workspaceId();
    if (!SeedRules.isWellFormedWorkspaceId(id)) {
      return errors.schematics(403, "M1078", "Error while validating the location in the account.", request);
    }
    Seed.Workspace workspace = index.workspace(id);
    if (workspace == null || !locations.contains(workspace.location())) {
      return errors.schematics(404, "M1001", "The requested Workspace cannot be located. Check that the workspace"
          + " ID is correct and try your request again.", request);
    }
    if (!workspace.account().equals(account)) {
      return errors.schematics(403, "M9403", "The workspace belongs to another account than the IAM token's ("
          + account + "). Request a token for the workspace's account.", request);
    }
    return request.route() == Route.WORKSPACE_OUTPUTS
        ? Response.json(200, workspace.outputsNode()) : Response.json(200, workspace.node());
  }

  private Response list(IncomingRequest request, String account, Set<String> locations, SeedIndex index) {
    Long limit = number(request, "limit", DEFAULT_LIMIT);
    Long offset = number(request, "offset", 0);
    if (limit == null || limit < 1 || limit > MAX_LIMIT) {
      return errors.schematics(400, "M1008", "Invalid value for 'limit': '" + request.query().get("limit")
          + "'. It must be an integer from 1 to " + MAX_LIMIT + ".", request);
    }
    if (offset == null) {
      return errors.schematics(400, "M1008", "Invalid value for 'offset': '" + request.query().get("offset")
          + "'. It must be an integer of 0 or more.", request);
    }
    offset = Math.max(0, offset);
    String profile = request.query().getOrDefault("profile", "");
    if (!profile.isEmpty() && !profile.equals("ids") && !profile.equals("summary")) {
      return errors.schematics(400, "M1008", "Invalid value for 'profile': '" + profile
          + "'. Valid values: ids, summary.", request);
    }
    String group = request.query().getOrDefault("resource_group", "");
    List<Seed.Workspace> matches = new ArrayList<>();
    for (Seed.Workspace workspace : index.workspaces(account, locations)) {
      if (group.isEmpty() || inGroup(workspace.node(), group)) {
        matches.add(workspace);
      }
    }
    int count = matches.size();
    int from = (int) Math.min(offset, count);
    int to = (int) Math.min((long) from + limit, count);

    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("offset", offset);
    body.put("limit", limit);
    body.put("count", count);
    ArrayNode page = body.putArray("workspaces");
    for (Seed.Workspace workspace : matches.subList(from, to)) {
      page.add(project(workspace.node(), profile));
    }
    return Response.json(200, body);
  }

  /** Matches the workspace's {@code resource_group} or {@code shared_data.resource_group_id}, ignoring case. */
  private static boolean inGroup(ObjectNode workspace, String group) {
    String wanted = group.toLowerCase(Locale.ROOT);
    return workspace.path("resource_group").asText("").toLowerCase(Locale.ROOT).equals(wanted)
        || workspace.path("shared_data").path("resource_group_id").asText("").toLowerCase(Locale.ROOT).equals(wanted);
  }

  private static JsonNode project(ObjectNode workspace, String profile) {
    if (profile.isEmpty()) {
      return workspace;
    }
    List<String> fields = profile.equals("ids") ? List.of("id") : SUMMARY_FIELDS;
    ObjectNode projected = Json.MAPPER.createObjectNode();
    for (String field : fields) {
      if (workspace.has(field)) {
        projected.set(field, workspace.get(field));
      }
    }
    return projected;
  }

  /** The query parameter as a number, {@code absent} when missing, null when not an integer. */
  private static Long number(IncomingRequest request, String name, long absent) {
    String text = request.query().get(name);
    if (text == null || text.isEmpty()) {
      return absent;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
