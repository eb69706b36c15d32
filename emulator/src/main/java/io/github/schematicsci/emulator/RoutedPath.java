package io.github.schematicsci.emulator;

/**
 * A request path split into its route and the parts the handlers need.
 *
 * @param route the operation
 * @param region the {@code {region}} segment of a Schematics path, or null
 * @param workspaceId the decoded {@code {id}} segment of a workspace path, or null
 * @param accountId the {@code {guid}} segment of {@code /coe/v2/accounts/{guid}}, or null
 */
record RoutedPath(Route route, String region, String workspaceId, String accountId) {
  private static final String SCHEMATICS = "/schematics/";

  /** Routes a raw (still percent-encoded) path. */
  static RoutedPath of(String rawPath) {
    String path = rawPath.length() > 1 && rawPath.endsWith("/")
        ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    if (path.equals("/identity/token")) {
      return new RoutedPath(Route.TOKEN, null, null, null);
    }
    if (path.equals("/coe/v2/accounts")) {
      return new RoutedPath(Route.ACCOUNTS, null, null, null);
    }
    if (path.startsWith("/coe/v2/accounts/") && path.indexOf('/', "/coe/v2/accounts/".length()) < 0) {
      return new RoutedPath(Route.ACCOUNTS, null, null, path.substring("/coe/v2/accounts/".length()));
    }
    if (path.startsWith(SCHEMATICS)) {
      String[] parts = path.substring(SCHEMATICS.length()).split("/", -1);
      // region, v1, workspaces[, id[, output_values]]
      if (parts.length >= 3 && parts[1].equals("v1") && parts[2].equals("workspaces") && !parts[0].isEmpty()) {
        String region = parts[0];
        if (parts.length == 3) {
          return new RoutedPath(Route.WORKSPACES_LIST, region, null, null);
        }
        String id = PercentDecoding.decode(parts[3]);
        if (parts.length == 4) {
          return new RoutedPath(Route.WORKSPACE_GET, region, id, null);
        }
        if (parts.length == 5 && parts[4].equals("output_values")) {
          return new RoutedPath(Route.WORKSPACE_OUTPUTS, region, id, null);
        }
      }
      return new RoutedPath(Route.UNKNOWN, null, null, null);
    }
    return new RoutedPath(Route.UNKNOWN, null, null, null);
  }

  /** True for paths of the IAM family, whose errors use the IAM body shape. */
  static boolean isIamPath(String rawPath) {
    return rawPath.equals("/identity") || rawPath.startsWith("/identity/")
        || rawPath.equals("/oidc") || rawPath.startsWith("/oidc/");
  }
}
