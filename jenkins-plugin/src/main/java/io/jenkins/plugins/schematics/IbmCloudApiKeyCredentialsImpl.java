package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.schematics.service.CredentialKinds;
import io.jenkins.plugins.schematics.service.FieldChecks;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The "IBM Cloud API key" credential: one API key, kept as a {@link Secret} (encrypted on disk, never in a form in
 * clear). It is also a {@link StringCredentials}, so the stock {@code string(…)} binding and declarative
 * {@code credentials('id')} can hand the key itself to tools such as Terraform or the {@code ibmcloud} CLI.
 */
@NameWith(IbmCloudApiKeyCredentialsImpl.NameProvider.class)
public final class IbmCloudApiKeyCredentialsImpl extends BaseStandardCredentials implements StringCredentials {
    private static final long serialVersionUID = 1L;

    private final Secret apiKey;

    @DataBoundConstructor
    public IbmCloudApiKeyCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id,
            @CheckForNull String description, @NonNull Secret apiKey) {
        super(scope, id, description);
        this.apiKey = apiKey;
    }

    /** Returns the API key; its plain text is read only to exchange it for a token. */
    @NonNull
    public Secret getApiKey() {
        return apiKey;
    }

    /** Returns the API key, as "Secret text" consumers read it. */
    @NonNull
    @Override
    public Secret getSecret() {
        return apiKey;
    }

    /** Names the credential in lists by its description, falling back to its type and id. */
    public static final class NameProvider extends CredentialsNameProvider<IbmCloudApiKeyCredentialsImpl> {
        @NonNull
        @Override
        public String getName(@NonNull IbmCloudApiKeyCredentialsImpl credentials) {
            String description = credentials.getDescription();
            return description.isBlank() ? CredentialKinds.API_KEY_TYPE + " " + credentials.getId() : description.strip();
        }
    }

    @Extension
    @Symbol("ibmCloudApiKey")
    public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return CredentialKinds.API_KEY_TYPE;
        }

        /**
         * Checks the key's shape (no spaces, no line break from a copy-paste) without sending it anywhere. The
         * form posts the encrypted value when the key is unchanged; {@link Secret#fromString} decrypts it.
         */
        @POST
        public FormValidation doCheckApiKey(@AncestorInPath Item item, @QueryParameter String value) {
            if (!Permissions.mayUseCredentials(item)) {
                return FormValidation.ok();
            }
            return Forms.check(FieldChecks.apiKey(Secret.toString(Secret.fromString(value))));
        }
    }
}
