package com.cloudbees.plugins.credentials.common;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernameCredentials.java.
// Left out: the annotations and the nested NameProvider.
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
