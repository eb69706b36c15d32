package hudson.model;

import java.io.IOException;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/AbstractBuild.java.
// Only needed as AbstractProject's type bound. Left out: the interfaces and every member.
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> {
    protected AbstractBuild(P job) throws IOException {
        super(job);
        throw new UnsupportedOperationException("compile-only stub");
    }
}
