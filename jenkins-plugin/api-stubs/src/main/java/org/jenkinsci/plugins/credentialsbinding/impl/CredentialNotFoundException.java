package org.jenkinsci.plugins.credentialsbinding.impl;

import hudson.AbortException;

// Compile-only stub of jenkinsci/credentials-binding-plugin@696.v256688029804 src/main/java/org/jenkinsci/plugins/credentialsbinding/impl/CredentialNotFoundException.java.
public class CredentialNotFoundException extends AbortException {
    public CredentialNotFoundException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
