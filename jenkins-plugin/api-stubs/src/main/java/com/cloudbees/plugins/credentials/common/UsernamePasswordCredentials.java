package com.cloudbees.plugins.credentials.common;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/UsernamePasswordCredentials.java.
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
