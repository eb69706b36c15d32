package com.cloudbees.plugins.credentials;

import java.io.Serializable;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/CredentialsMatcher.java.
public interface CredentialsMatcher extends Serializable {
    boolean matches(Credentials item);
}
