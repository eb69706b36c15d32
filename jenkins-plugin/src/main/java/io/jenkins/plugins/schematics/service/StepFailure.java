package io.jenkins.plugins.schematics.service;

/**
 * A failure the build user can act on: bad parameters, a missing or unusable credential, or an IBM Cloud error.
 *
 * <p>The message is safe to print (it never holds a secret, a token or a response body) and is what the build log
 * shows; the Jenkins glue turns it into an {@code AbortException} so that no stack trace is printed.
 */
public final class StepFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public StepFailure(String message) {
        super(message);
    }

    public StepFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
