package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The behaviour tests run with no Jenkins stub on the class path (surefire's classpathDependencyExcludes), so none
 * of them can depend on a stub; this proves the exclusion is in force.
 */
class NoJenkinsOnClassPathTest {
    @Test
    void noStubIsLoadable() {
        for (String name : new String[] {"hudson.model.Run", "jenkins.model.Jenkins", "hudson.util.Secret",
                "org.jenkinsci.plugins.workflow.steps.Step", "com.cloudbees.plugins.credentials.CredentialsProvider",
                "org.jenkinsci.plugins.credentialsbinding.MultiBinding"}) {
            assertThatThrownBy(() -> Class.forName(name, false, getClass().getClassLoader()))
                    .as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
