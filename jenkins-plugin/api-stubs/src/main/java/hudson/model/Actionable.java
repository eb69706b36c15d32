package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Actionable.java (see README.md).
// Left out: AbstractModelObject, ModelObjectWithContextMenu and the members this plugin does not call.
public abstract class Actionable {
    public Actionable() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
