package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

// Compile-only stub of jenkinsci/plain-credentials-plugin@199.v9f8e1f741799
// src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java.
// Left out: the @NameWith annotation and the nested NameProvider.
public interface StringCredentials extends StandardCredentials {
    Secret getSecret();
}
