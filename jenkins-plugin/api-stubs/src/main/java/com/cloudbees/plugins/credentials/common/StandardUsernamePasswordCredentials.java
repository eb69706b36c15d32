package com.cloudbees.plugins.credentials.common;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials.java.
// Left out: the annotations and the nested NameProvider.
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
