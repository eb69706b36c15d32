package io.github.schematicsci.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.internal.ErrorFactory;
import io.github.schematicsci.core.internal.Json;
import okhttp3.Headers;

/** Words Schematics' errors for one operation on one endpoint. */
final class SchematicsErrors implements ErrorFactory {
    private final String operation;
    private final String workspaceId;
    private final Region endpoint;

    /**
     * @param operation what was being done, e.g. "reading workspace X", for messages
     * @param workspaceId the workspace id concerned, or null for a list
     * @param endpoint the region whose endpoint was called
     */
    SchematicsErrors(String operation, String workspaceId, Region endpoint) {
        this.operation = operation;
        this.workspaceId = workspaceId;
        this.endpoint = endpoint;
    }

    @Override
    public IbmCloudException httpError(int status, JsonNode body, Headers headers) {
        String messageId = Json.firstText(body, "messageid", "code");
        String apiMessage = Json.firstText(body, "message", "description");
        String requestId = Json.firstText(body, "requestid", "incidentID");
        if (requestId == null) {
            requestId = headers.get("X-Request-Id");
        }
        Problem problem;
        String sentence;
        if (status == 404 && workspaceId != null) {
            problem = Problem.NOT_FOUND;
            sentence = "workspace " + workspaceId + " not found in region " + endpoint + regionHint();
        } else if (status == 403 && "M1078".equals(messageId) && workspaceId != null) {
            problem = Problem.NOT_FOUND;
            sentence = "workspace " + workspaceId + " was not found in region " + endpoint
                    + ", or the credential's account has no access to it" + regionHint();
        } else if (status == 403) {
            problem = Problem.ACCESS_DENIED;
            sentence = "access denied " + operation.replaceFirst("^\\w+ing ", "for ")
                    + ": the credential's account may not read it (check the account and the IAM access policies)";
        } else if (status == 401) {
            problem = Problem.ACCESS_DENIED;
            sentence = "Schematics rejected the IAM token even after renewing it: check the credential's account";
        } else if (status == 429) {
            problem = Problem.RATE_LIMITED;
            sentence = "the Schematics rate limit (50 requests per minute per region per user) is still exceeded after "
                    + "the allowed retries: wait a minute, or run fewer builds with this credential at once";
        } else if (status >= 500) {
            problem = Problem.SERVICE_UNAVAILABLE;
            sentence = "Schematics is unavailable in region " + endpoint + ": retry later; https://cloud.ibm.com/status";
        } else {
            problem = Problem.BAD_REQUEST;
            sentence = "Schematics refused the request";
        }
        String message = operation + " failed (HTTP " + status + (messageId == null ? "" : ", " + messageId) + "): "
                + sentence + (apiMessage == null ? "" : ". Schematics said: " + apiMessage)
                + (requestId == null ? "" : " [request id " + requestId + "]");
        return new SchematicsException(problem, message, status, messageId, apiMessage, requestId, null);
    }

    @Override
    public IbmCloudException failure(Problem problem, String sentence, int status, Throwable cause) {
        return new SchematicsException(problem, operation + " failed: " + sentence, status, null, null, null, cause);
    }

    /** When the id names another location than the endpoint serves, says where to look instead. */
    private String regionHint() {
        return Region.ofWorkspaceId(workspaceId)
                .filter(location -> !endpoint.serves(location))
                .map(location -> " (its id starts with '" + location + "': look it up in region " + location
                        + ", or leave the region unset)")
                .orElse("");
    }
}
