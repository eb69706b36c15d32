package hudson.tasks;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java.
@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
    public BuildStepCompatibilityLayer() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
