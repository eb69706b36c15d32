package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/InvisibleAction.java.
public abstract class InvisibleAction implements Action {
    public InvisibleAction() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
