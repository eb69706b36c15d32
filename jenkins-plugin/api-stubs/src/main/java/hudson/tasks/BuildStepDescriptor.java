package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/tasks/BuildStepDescriptor.java.
public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {
    protected BuildStepDescriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected BuildStepDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @SuppressWarnings("rawtypes")
    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
