package com.cloudbees.plugins.credentials;

import java.io.Serializable;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java.
// Left out: the constant bodies and their abstract getDisplayName()/isVisible(ModelObject).
public enum CredentialsScope implements Serializable {
    SYSTEM,
    GLOBAL,
    USER
}
