package hudson;

import hudson.model.AbstractDescribableImpl;
import hudson.util.Secret;
import java.io.Serializable;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/ProxyConfiguration.java (see README.md).
// Left out: Saveable, and the members this plugin does not call.
public final class ProxyConfiguration extends AbstractDescribableImpl<ProxyConfiguration> implements Serializable {
    public ProxyConfiguration(String name, int port) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public int getPort() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getUserName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Secret getSecretPassword() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getNoProxyHost() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
