package io.github.schematicsci.core.internal;

/** A successful response whose JSON lacks a field core cannot do without. */
public final class MissingFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingFieldException(String field) {
        super("the response has no '" + field + "'");
    }
}
