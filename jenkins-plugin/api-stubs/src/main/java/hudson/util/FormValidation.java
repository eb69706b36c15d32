package hudson.util;

import java.io.IOException;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/util/FormValidation.java.
// Left out: the Stapler HttpResponse interface and the members this plugin does not call.
public abstract class FormValidation extends IOException {
    private FormValidation() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
