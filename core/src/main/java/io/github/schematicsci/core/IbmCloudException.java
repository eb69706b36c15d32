package io.github.schematicsci.core;

import java.util.Optional;

/**
 * The failure of a call to an IBM Cloud API, as a sentence a build user can act on.
 *
 * <p>Carries the HTTP status (0 when no response was received), IBM's code ({@code BXNIM0415E}, {@code M1001}, …),
 * the request id IBM support asks for, and a {@link Problem} category. It never carries a response body, a header
 * or a secret. Earlier failed attempts of the same call are attached as suppressed exceptions.
 */
public abstract class IbmCloudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Problem problem;
    private final int status;
    private final String code;
    private final String requestId;

    protected IbmCloudException(Problem problem, String message, int status, String code, String requestId,
            Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.status = status;
        this.code = code;
        this.requestId = requestId;
    }

    /** Returns the category of this failure. */
    public Problem problem() {
        return problem;
    }

    /** Returns the HTTP status of the last response, or 0 when none was received. */
    public int status() {
        return status;
    }

    /** Returns IBM's error code ({@code errorCode} of IAM, {@code messageid} of Schematics), if the response had one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** Returns the request id of the failed response (IAM {@code context.requestId}, Schematics {@code requestid}). */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
