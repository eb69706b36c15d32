package com.cloudbees.plugins.credentials;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java.
public class CredentialsMatchers {
    private CredentialsMatchers() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @SuppressWarnings("rawtypes")
    public static CredentialsMatcher instanceOf(Class clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static CredentialsMatcher anyOf(CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
