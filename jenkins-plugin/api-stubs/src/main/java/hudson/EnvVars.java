package hudson;

import java.util.TreeMap;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/EnvVars.java (see README.md).
public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("compile-only stub");
    }

}
