package org.jenkinsci.plugins.workflow.steps;

// Compile-only stub of jenkinsci/workflow-step-api-plugin@704.ve4f0967e98fa_ src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java.
// Left out: stop, onResume, getStatus and blocksRestart, which this plugin does not override.
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
