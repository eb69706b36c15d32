package com.cloudbees.plugins.credentials;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/CredentialsNameProvider.java.
public abstract class CredentialsNameProvider<C extends Credentials> {
    public CredentialsNameProvider() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract String getName(C credentials);
}
