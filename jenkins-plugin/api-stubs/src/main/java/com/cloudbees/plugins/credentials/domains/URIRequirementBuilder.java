package com.cloudbees.plugins.credentials.domains;

import java.util.List;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/domains/URIRequirementBuilder.java.
// Left out: the members this plugin does not call.
public class URIRequirementBuilder {
    private URIRequirementBuilder() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static URIRequirementBuilder fromUri(String uri) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
