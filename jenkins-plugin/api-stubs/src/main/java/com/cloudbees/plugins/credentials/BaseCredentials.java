package com.cloudbees.plugins.credentials;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/BaseCredentials.java.
public class BaseCredentials implements Credentials {
    protected BaseCredentials() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BaseCredentials(CredentialsScope scope) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    // Not called by the plugin, but read by Jenkins (and the views test) as the getter of the constructor's scope.
    public CredentialsScope getScope() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
