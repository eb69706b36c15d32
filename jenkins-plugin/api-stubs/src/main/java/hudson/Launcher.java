package hudson;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/Launcher.java (see README.md).
// Only the type is used (MultiBinding.bind's parameter).
public abstract class Launcher {
    private Launcher() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
