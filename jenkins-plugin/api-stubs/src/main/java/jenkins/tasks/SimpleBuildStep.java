package jenkins.tasks;

import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/jenkins/tasks/SimpleBuildStep.java.
// Left out: the workspace overloads of perform and LastBuildAction.
public interface SimpleBuildStep extends BuildStep {
    default void perform(Run<?, ?> run, EnvVars env, TaskListener listener) throws InterruptedException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default boolean requiresWorkspace() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
