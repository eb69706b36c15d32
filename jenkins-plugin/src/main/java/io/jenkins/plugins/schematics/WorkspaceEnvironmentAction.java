package io.jenkins.plugins.schematics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Run;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a freestyle "Look up IBM Cloud Schematics workspace" step exported, for the build steps after it.
 * Saved in {@code build.xml} with the build, which is why it holds workspace fields and non-sensitive outputs only.
 */
public final class WorkspaceEnvironmentAction extends InvisibleAction implements EnvironmentContributingAction {
    private final Map<String, String> variables;

    WorkspaceEnvironmentAction(Map<String, String> variables) {
        this.variables = new LinkedHashMap<>(variables);
    }

    /** Returns the exported variables, in export order. */
    public Map<String, String> getVariables() {
        return Collections.unmodifiableMap(variables);
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        env.putAll(variables);
    }
}
