package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import java.util.Optional;

/**
 * A Schematics call failed, or a lookup found no or several workspaces. {@link #code()} is Schematics'
 * {@code messageid} ({@code M1001}, {@code M1078}, …) when the API answered.
 */
public final class SchematicsException extends IbmCloudException {
    private static final long serialVersionUID = 1L;

    private final String apiMessage;

    SchematicsException(Problem problem, String message, int status, String messageId, String apiMessage,
            String requestId, Throwable cause) {
        super(problem, message, status, messageId, requestId, cause);
        this.apiMessage = apiMessage;
    }

    /** Returns Schematics' {@code messageid}. Same as {@link #code()}. */
    public Optional<String> messageId() {
        return code();
    }

    /** Returns Schematics' own {@code message}, when the response had one. */
    public Optional<String> apiMessage() {
        return Optional.ofNullable(apiMessage);
    }
}
