package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

// Compile-only stub of jenkinsci/workflow-step-api-plugin@704.ve4f0967e98fa_ src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java.
// Left out: the members this plugin does not override or call.
public abstract class StepDescriptor extends Descriptor<Step> {
    public StepDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
