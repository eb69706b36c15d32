package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

// Compile-only stub of jenkinsci/workflow-step-api-plugin@704.ve4f0967e98fa_ src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java.
// Left out: the members this plugin does not call (onSuccess/onFailure stay abstract through FutureCallback).
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    public StepContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
