package hudson.security;

import org.springframework.security.access.AccessDeniedException;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/security/AccessControlled.java.
public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
