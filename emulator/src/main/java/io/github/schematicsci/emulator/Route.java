package io.github.schematicsci.emulator;

/** The API operation a request was routed to; faults are queued and requests counted per route. */
public enum Route {
  /** {@code POST /identity/token} (any method on that path). */
  TOKEN,
  /** {@code GET /coe/v2/accounts} and {@code GET /coe/v2/accounts/{guid}}. */
  ACCOUNTS,
  /** {@code GET /schematics/{region}/v1/workspaces}. */
  WORKSPACES_LIST,
  /** {@code GET /schematics/{region}/v1/workspaces/{id}}. */
  WORKSPACE_GET,
  /** {@code GET /schematics/{region}/v1/workspaces/{id}/output_values}. */
  WORKSPACE_OUTPUTS,
  /** Any other path; answered 404 with the error body of the API family the path looks like. */
  UNKNOWN
}
