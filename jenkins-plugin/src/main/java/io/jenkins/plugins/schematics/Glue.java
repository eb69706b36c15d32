package io.jenkins.plugins.schematics;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.schematics.service.CredentialSource;
import io.jenkins.plugins.schematics.service.SchematicsService;
import io.jenkins.plugins.schematics.service.StepFailure;
import java.io.IOException;

/** Runs a service call for a build: settings from the global configuration, credentials from the build. */
final class Glue {
    private Glue() {
    }

    /** One call of the {@link SchematicsService}. */
    @FunctionalInterface
    interface Call<T> {
        T apply(SchematicsService service) throws StepFailure, IOException, InterruptedException;
    }

    /** Runs {@code call} with the build's credentials. */
    static <T> T call(Run<?, ?> run, TaskListener listener, Call<T> call) throws IOException, InterruptedException {
        return call(new RunCredentials(run), listener, call);
    }

    /**
     * Runs {@code call} with {@code credentials}; a {@link StepFailure} becomes an {@link AbortException}, which
     * fails the build with its message and no stack trace.
     */
    static <T> T call(CredentialSource credentials, TaskListener listener, Call<T> call)
            throws IOException, InterruptedException {
        try {
            SchematicsService service = new SchematicsService(IbmCloudSchematicsConfiguration.get().settings(),
                    credentials, listener.getLogger());
            return call.apply(service);
        } catch (StepFailure e) {
            throw new AbortException(e.getMessage());
        }
    }
}
