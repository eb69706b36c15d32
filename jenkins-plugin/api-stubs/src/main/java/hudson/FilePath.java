package hudson;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/FilePath.java (see README.md).
// Only the type is used (MultiBinding.bind's parameter). Left out: every member, and SerializableOnlyOverRemoting.
public final class FilePath {
    private FilePath() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
