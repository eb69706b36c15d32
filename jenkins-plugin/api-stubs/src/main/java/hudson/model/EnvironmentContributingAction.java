package hudson.model;

import hudson.EnvVars;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/EnvironmentContributingAction.java.
// Left out: the deprecated buildEnvVars(AbstractBuild, EnvVars).
public interface EnvironmentContributingAction extends Action {
    default void buildEnvironment(Run<?, ?> run, EnvVars env) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
