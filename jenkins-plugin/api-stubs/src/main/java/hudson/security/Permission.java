package hudson.security;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/security/Permission.java.
// Only the type is used (the constants of Item, Jenkins and CredentialsProvider).
public final class Permission {
    private Permission() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
