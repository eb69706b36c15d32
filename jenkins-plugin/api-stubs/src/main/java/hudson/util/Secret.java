package hudson.util;

import java.io.Serializable;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/util/Secret.java (see README.md).
public final class Secret implements Serializable {
    private Secret() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Secret fromString(String data) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static String toString(Secret s) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
