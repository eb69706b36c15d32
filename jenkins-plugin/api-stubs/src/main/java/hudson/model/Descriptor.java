package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Descriptor.java (see README.md).
// Left out: Loadable, Saveable, OnMaster and the members this plugin does not call or override.
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
