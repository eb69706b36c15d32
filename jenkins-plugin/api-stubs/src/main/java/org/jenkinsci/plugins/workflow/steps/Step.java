package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

// Compile-only stub of jenkinsci/workflow-step-api-plugin@704.ve4f0967e98fa_ src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java.
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public Step() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
