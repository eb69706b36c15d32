package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Describable.java (see README.md).
// Abstract in 2.479.x (a default method only from 2.505).
public interface Describable<T extends Describable<T>> {
    Descriptor<T> getDescriptor();
}
