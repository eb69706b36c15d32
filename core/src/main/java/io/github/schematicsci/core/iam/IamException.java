package io.github.schematicsci.core.iam;

import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import java.util.Optional;

/**
 * IAM refused or failed a token request. The message says what happened and what to do; {@link #errorCode()} and
 * {@link #errorMessage()} are IAM's own ({@code BXNIM0415E}, "Provided API key could not be found.").
 */
public final class IamException extends IbmCloudException {
    private static final long serialVersionUID = 1L;

    private final String errorMessage;

    IamException(Problem problem, String message, int status, String errorCode, String errorMessage, String requestId,
            Throwable cause) {
        super(problem, message, status, errorCode, requestId, cause);
        this.errorMessage = errorMessage;
    }

    /** Returns IAM's {@code errorCode}, e.g. {@code BXNIM0415E}. Same as {@link #code()}. */
    public Optional<String> errorCode() {
        return code();
    }

    /** Returns IAM's {@code errorMessage}, when the response had one. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }
}
