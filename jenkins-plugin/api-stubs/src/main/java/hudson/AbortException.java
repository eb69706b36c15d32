package hudson;

import java.io.IOException;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/AbortException.java (see README.md).
public class AbortException extends IOException {
    public AbortException() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
