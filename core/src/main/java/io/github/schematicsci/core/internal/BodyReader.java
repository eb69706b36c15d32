package io.github.schematicsci.core.internal;

import java.io.IOException;
import java.io.InputStream;

/** Parses a successful response body. */
@FunctionalInterface
public interface BodyReader<T> {
    /**
     * Reads the body.
     *
     * @throws MissingFieldException when the JSON lacks a field the caller needs
     * @throws IOException when the stream fails, or Jackson's exceptions for malformed JSON
     */
    T read(InputStream body) throws IOException;
}
