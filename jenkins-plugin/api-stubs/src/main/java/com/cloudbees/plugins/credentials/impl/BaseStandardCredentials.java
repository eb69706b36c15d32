package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/impl/BaseStandardCredentials.java.
// Left out: the @ExportedBean annotation and BaseStandardCredentialsDescriptor.doCheckId.
public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    public BaseStandardCredentials(String id, String description) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public BaseStandardCredentials(CredentialsScope scope, String id, String description) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract static class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
