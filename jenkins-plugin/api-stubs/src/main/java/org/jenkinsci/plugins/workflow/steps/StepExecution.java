package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

// Compile-only stub of jenkinsci/workflow-step-api-plugin@704.ve4f0967e98fa_ src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java.
// Left out: the deprecated no-argument constructor and the members this plugin does not override or call.
public abstract class StepExecution implements Serializable {
    protected StepExecution(StepContext context) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract boolean start() throws Exception;
}
