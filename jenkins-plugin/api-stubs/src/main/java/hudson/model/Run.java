package hudson.model;

import java.io.IOException;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Run.java (see README.md).
// Left out: the interfaces (ExtensionPoint, Comparable, AccessControlled, …) and the members this plugin does not call.
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {
    protected Run(JobT job) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
