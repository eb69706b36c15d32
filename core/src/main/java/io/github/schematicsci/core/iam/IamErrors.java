package io.github.schematicsci.core.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.internal.ErrorFactory;
import io.github.schematicsci.core.internal.Json;
import io.github.schematicsci.core.internal.Redactor;
import okhttp3.Headers;

/** Words IAM's errors for a build user: what happened, and what to do about it. */
final class IamErrors implements ErrorFactory {
    private final Credential.Kind kind;
    private final String[] secrets;

    IamErrors(Credential.Kind kind, String... secrets) {
        this.kind = kind;
        this.secrets = secrets;
    }

    @Override
    public IbmCloudException httpError(int status, JsonNode body, Headers headers) {
        String code = Json.firstText(body, "errorCode");
        String ibmMessage = Redactor.scrub(Json.firstText(body, "errorDetails", "errorMessage"), secrets);
        String requestId = Json.firstText(body == null ? null : body.path("context"), "requestId");
        if (requestId == null) {
            requestId = headers.get("Transaction-Id");
        }
        Problem problem;
        String sentence;
        switch (code == null ? "" : code) {
            case "BXNIM0415E" -> {
                problem = Problem.CREDENTIALS;
                sentence = "IAM does not know this API key: it does not exist or was deleted. Create a new API key "
                        + "(https://cloud.ibm.com/iam/apikeys) and update the credential";
            }
            case "BXNIM0602E" -> {
                problem = Problem.CREDENTIALS;
                sentence = "IAM rejected the IBMid user name or password: check both, or use an API key instead";
            }
            case "BXNIM0308E" -> {
                problem = Problem.BAD_REQUEST;
                sentence = "IAM found no authorization header on the token request (the password grant needs the "
                        + "bx:bx client); if a proxy strips Authorization headers, let it pass them";
            }
            case "BXNIM0400E" -> {
                problem = Problem.LOGIN_NOT_SUPPORTED;
                sentence = "this IBMid needs multi-factor or federated (SSO) login, which a build cannot do: "
                        + "use an API key (or a one-time passcode from 'ibmcloud login --sso')";
            }
            case "BXNIM0408E" -> {
                problem = Problem.CREDENTIALS;
                sentence = "the refresh token has expired" + (kind == Credential.Kind.PASSCODE
                        ? ": get a new one-time passcode with 'ibmcloud login --sso'"
                        : ": log in again to get a new one");
            }
            case "BXNIM0407E" -> {
                problem = Problem.CREDENTIALS;
                sentence = kind == Credential.Kind.PASSCODE
                        ? "IAM does not accept the one-time passcode or its refresh token (it is wrong, expired or "
                                + "already used): get a new passcode with 'ibmcloud login --sso'"
                        : "IAM does not accept the refresh token: it is invalid or was revoked";
            }
            case "BXNIM0137E" -> {
                problem = Problem.CREDENTIALS;
                sentence = "the refresh token was issued to another IAM client than bx (core always uses bx:bx): "
                        + "get a refresh token from a bx login, or use an API key";
            }
            default -> {
                if (status == 429) {
                    problem = Problem.RATE_LIMITED;
                    sentence = "IAM's rate limit was hit (too many token requests): tokens are cached per credential, "
                            + "so run fewer builds with distinct credentials at once, or retry later";
                } else if (status >= 500) {
                    problem = Problem.SERVICE_UNAVAILABLE;
                    sentence = "IAM is unavailable (HTTP " + status + "): retry later; https://cloud.ibm.com/status";
                } else {
                    problem = status == 401 || status == 403 ? Problem.CREDENTIALS : Problem.BAD_REQUEST;
                    sentence = "IAM refused the token request for the " + kind.label()
                            + (ibmMessage == null ? "" : ": " + ibmMessage);
                    ibmMessage = null;
                }
            }
        }
        String message = "IAM token request failed (HTTP " + status + (code == null ? "" : ", " + code) + "): "
                + sentence + (ibmMessage == null ? "" : ". IAM said: " + ibmMessage)
                + (requestId == null ? "" : " [request id " + requestId + "]");
        return new IamException(problem, message, status, code, ibmMessage, requestId, null);
    }

    @Override
    public IbmCloudException failure(Problem problem, String sentence, int status, Throwable cause) {
        return new IamException(problem, "IAM token request failed: " + Redactor.scrub(sentence, secrets), status,
                null, null, null, cause);
    }
}
