package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

// Compile-only stub of jenkinsci/credentials-plugin@1415.v831096eb_5534 src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java.
public class DomainRequirement implements ExtensionPoint, Serializable {
    public DomainRequirement() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
