package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/UsernameCredentials.java.
// Left out: the default isUsernameSecret().
public interface UsernameCredentials extends Credentials {
    String getUsername();
}
