package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/AbstractDescribableImpl.java.
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    public AbstractDescribableImpl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
