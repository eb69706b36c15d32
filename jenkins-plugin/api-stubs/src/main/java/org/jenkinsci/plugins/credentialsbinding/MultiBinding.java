package org.jenkinsci.plugins.credentialsbinding;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.credentialsbinding.impl.CredentialNotFoundException;

// Compile-only stub of jenkinsci/credentials-binding-plugin@696.v256688029804 src/main/java/org/jenkinsci/plugins/credentialsbinding/MultiBinding.java.
// Left out: Unbinder, NullUnbinder, the deprecated variables(), and MultiEnvironment's other constructors and getters.
public abstract class MultiBinding<C extends StandardCredentials> extends AbstractDescribableImpl<MultiBinding<C>>
        implements ExtensionPoint {
    protected MultiBinding(String credentialsId) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract Class<C> type();

    public final String getCredentialsId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract MultiEnvironment bind(Run<?, ?> build, FilePath workspace, Launcher launcher,
            TaskListener listener) throws IOException, InterruptedException;

    public Set<String> variables(Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected final C getCredentials(Run<?, ?> build) throws CredentialNotFoundException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public BindingDescriptor<C> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static final class MultiEnvironment implements Serializable {
        public MultiEnvironment(Map<String, String> secretValues, Map<String, String> publicValues) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public Map<String, String> getSecretValues() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public Map<String, String> getPublicValues() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
