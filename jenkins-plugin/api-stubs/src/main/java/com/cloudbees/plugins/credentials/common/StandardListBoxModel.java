package com.cloudbees.plugins.credentials.common;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/common/StandardListBoxModel.java.
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    public StandardListBoxModel() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    protected String describe(StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
