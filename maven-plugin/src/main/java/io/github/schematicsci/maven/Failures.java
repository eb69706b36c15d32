package io.github.schematicsci.maven;

import io.github.schematicsci.core.IbmCloudException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns core's exceptions into Maven's contract: {@link MojoFailureException} (BUILD FAILURE) for what the user can
 * fix (bad input, missing or refused credential, workspace not found or ambiguous, access denied),
 * {@link MojoExecutionException} (BUILD ERROR) for the rest (network, service errors, unreadable responses). The
 * cause stays attached; the message alone says what happened, since Maven shows it without a stack trace.
 */
final class Failures {
    private Failures() {
    }

    /** Throws the Maven exception for {@code e}. */
    static void rethrow(RuntimeException e) throws MojoExecutionException, MojoFailureException {
        AbstractMojoExecutionException mapped = toMojoException(e);
        if (mapped instanceof MojoFailureException failure) {
            throw failure;
        }
        throw (MojoExecutionException) mapped;
    }

    /** Returns the Maven exception for {@code e}. */
    static AbstractMojoExecutionException toMojoException(RuntimeException e) {
        if (e instanceof IbmCloudException cloud) {
            String message = describe(cloud);
            return cloud.problem().isUserFixable()
                    ? new MojoFailureException(message, cloud)
                    : new MojoExecutionException(message, cloud);
        }
        if (e instanceof IllegalArgumentException) {
            return new MojoFailureException(e.getMessage(), e);
        }
        return new MojoExecutionException(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), e);
    }

    /** Returns the exception's message with IBM's code and request id appended when the message lacks them. */
    static String describe(IbmCloudException e) {
        StringBuilder message = new StringBuilder(e.getMessage() == null ? e.problem().name() : e.getMessage());
        e.code().filter(code -> message.indexOf(code) < 0)
                .ifPresent(code -> message.append(" [").append(code).append(']'));
        e.requestId().filter(id -> message.indexOf(id) < 0)
                .ifPresent(id -> message.append(" (request id ").append(id).append(')'));
        return message.toString();
    }
}
