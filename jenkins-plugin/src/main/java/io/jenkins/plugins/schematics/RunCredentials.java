package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Run;
import hudson.util.Secret;
import io.github.schematicsci.core.iam.Credential;
import io.jenkins.plugins.schematics.service.CredentialKinds;
import io.jenkins.plugins.schematics.service.CredentialSource;
import io.jenkins.plugins.schematics.service.StepFailure;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The {@link CredentialSource} of a build: {@code findCredentialById(id, type, run, …)}, so that the build's
 * authentication, folder credential stores and credentials parameters ({@code ${PARAM}}) apply, then
 * {@code track} so that the credential's page lists where it was used.
 */
final class RunCredentials implements CredentialSource {
    private final Run<?, ?> run;

    RunCredentials(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public Credential resolve(String credentialsId) throws StepFailure {
        StandardCredentials credentials = CredentialsProvider.findCredentialById(credentialsId,
                StandardCredentials.class, run, Forms.iamDomain());
        if (credentials == null) {
            throw CredentialKinds.notFound(credentialsId);
        }
        CredentialsProvider.track(run, credentials);
        return classify(credentialsId, credentials);
    }

    /** Returns what a stored credential means to IAM; the plain rules live in {@link CredentialKinds}. */
    static Credential classify(String credentialsId, StandardCredentials credentials) throws StepFailure {
        String type = credentials.getDescriptor().getDisplayName();
        if (credentials instanceof StringCredentials secretText) {
            // also the IBM Cloud API key type, which is a StringCredentials
            return CredentialKinds.apiKey(credentialsId, type, Secret.toString(secretText.getSecret()));
        }
        if (credentials instanceof StandardUsernamePasswordCredentials usernamePassword) {
            return CredentialKinds.usernamePassword(credentialsId, type, usernamePassword.getUsername(),
                    Secret.toString(usernamePassword.getPassword()));
        }
        throw CredentialKinds.unsupported(credentialsId, type);
    }
}
