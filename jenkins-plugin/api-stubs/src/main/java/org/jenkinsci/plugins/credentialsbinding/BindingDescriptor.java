package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import org.kohsuke.stapler.AncestorInPath;

// Compile-only stub of jenkinsci/credentials-binding-plugin@696.v256688029804 src/main/java/org/jenkinsci/plugins/credentialsbinding/BindingDescriptor.java.
public abstract class BindingDescriptor<C extends StandardCredentials> extends Descriptor<MultiBinding<C>> {
    public BindingDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract Class<C> type();

    public boolean requiresWorkspace() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item owner) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
