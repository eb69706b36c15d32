package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/CredentialsDescriptor.java.
// Left out: the IconSpec interface and every member this plugin does not call.
public abstract class CredentialsDescriptor extends Descriptor<Credentials> {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected CredentialsDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
