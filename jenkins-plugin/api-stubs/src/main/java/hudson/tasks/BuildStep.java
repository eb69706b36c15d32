package hudson.tasks;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/tasks/BuildStep.java (see README.md).
// Left out: every member (Builder inherits implementations of them through BuildStepCompatibilityLayer).
public interface BuildStep {
}
