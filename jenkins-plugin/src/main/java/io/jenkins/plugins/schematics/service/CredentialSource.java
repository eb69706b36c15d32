package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.iam.Credential;
import java.io.IOException;

/**
 * Turns a Jenkins credentials id into the IBM Cloud credential it holds: the one seam between the Jenkins glue and
 * the logic of this plugin.
 *
 * <p>In Jenkins it is backed by {@code CredentialsProvider.findCredentialById(id, type, run, …)}, so the run's
 * authentication, folder stores and credentials parameters apply, and use is tracked. Tests implement it with a map.
 * Implementations classify what they find with {@link CredentialKinds}.
 */
@FunctionalInterface
public interface CredentialSource {
    /**
     * Returns the credential stored under {@code credentialsId}.
     *
     * @throws StepFailure when no such credential is visible, its type cannot be used, or its secret is malformed;
     *     the message names the id and never the secret
     */
    Credential resolve(String credentialsId) throws StepFailure, IOException, InterruptedException;
}
