package io.github.schematicsci.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import okhttp3.Headers;

/** Turns what went wrong with one API call into that API family's exception. */
public interface ErrorFactory {
    /**
     * Returns the exception for an error status after the allowed retries.
     *
     * @param body the response parsed as JSON, or null when it was empty, not JSON or too large
     */
    IbmCloudException httpError(int status, JsonNode body, Headers headers);

    /**
     * Returns the exception for a call that got no usable answer.
     *
     * @param sentence what happened, naming the endpoint; never a body or a secret
     * @param status the last HTTP status seen, or 0
     */
    IbmCloudException failure(Problem problem, String sentence, int status, Throwable cause);
}
