package io.github.schematicsci.core.internal;

import java.io.IOException;

/** A response body over {@code HttpOptions.maxResponseBytes()}; it is refused, not read into memory. */
final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit) {
        super("the response is larger than the limit of " + limit + " bytes (HttpOptions.maxResponseBytes)");
    }
}
