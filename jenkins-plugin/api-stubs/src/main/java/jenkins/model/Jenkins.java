package jenkins.model;

import hudson.ProxyConfiguration;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/jenkins/model/Jenkins.java (see README.md).
// Left out: AbstractCIBase and every interface but AccessControlled (whose default methods are called).
public class Jenkins implements AccessControlled {
    public static final Permission ADMINISTER = null;

    private Jenkins() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ProxyConfiguration getProxy() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
