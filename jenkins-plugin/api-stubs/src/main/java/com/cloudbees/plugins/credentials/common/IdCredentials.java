package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java.
// Left out: the nested Helpers class.
public interface IdCredentials extends Credentials {
    String getId();
}
