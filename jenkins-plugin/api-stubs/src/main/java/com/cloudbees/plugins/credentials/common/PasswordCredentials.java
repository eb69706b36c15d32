package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.util.Secret;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/PasswordCredentials.java.
public interface PasswordCredentials extends Credentials {
    Secret getPassword();
}
