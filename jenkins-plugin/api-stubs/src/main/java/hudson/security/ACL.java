package hudson.security;

import org.springframework.security.core.Authentication;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/security/ACL.java (see README.md).
public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    private ACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
