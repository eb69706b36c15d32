package hudson;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/ExtensionPoint.java (see README.md).
public interface ExtensionPoint {
}
