package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/ItemGroup.java (see README.md).
// Only the raw type is used (the constructors of Job and AbstractProject). Left out: the super-interfaces and members.
public interface ItemGroup<T extends Item> {
}
