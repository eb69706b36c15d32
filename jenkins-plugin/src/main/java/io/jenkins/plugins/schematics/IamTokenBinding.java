package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.schematics.service.BoundToken;
import io.jenkins.plugins.schematics.service.FieldChecks;
import io.jenkins.plugins.schematics.service.TokenParameters;
import java.io.IOException;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.credentialsbinding.BindingDescriptor;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withCredentials([ibmCloudIamToken(credentialsId: 'ibm')]) { … }}: an IAM access token for the block in
 * {@code IBMCLOUD_IAM_TOKEN} (masked in the log by credentials-binding) and the account id in
 * {@code IBMCLOUD_ACCOUNT_ID}. Also offered in freestyle jobs by "Use secret text(s) or file(s)". The token comes
 * from core's shared cache when a valid one is there, so it is valid for at least a fifth of its lifetime.
 */
public final class IamTokenBinding extends MultiBinding<StandardCredentials> {
    private String tokenVariable = TokenParameters.DEFAULT_TOKEN_VARIABLE;
    private String accountIdVariable = TokenParameters.DEFAULT_ACCOUNT_ID_VARIABLE;
    private String accountId;

    @DataBoundConstructor
    public IamTokenBinding(String credentialsId) {
        super(credentialsId);
    }

    public String getTokenVariable() {
        return tokenVariable;
    }

    @DataBoundSetter
    public void setTokenVariable(String tokenVariable) {
        this.tokenVariable = tokenVariable == null || tokenVariable.isBlank()
                ? TokenParameters.DEFAULT_TOKEN_VARIABLE : tokenVariable.strip();
    }

    public String getAccountIdVariable() {
        return accountIdVariable;
    }

    @DataBoundSetter
    public void setAccountIdVariable(String accountIdVariable) {
        this.accountIdVariable = accountIdVariable == null || accountIdVariable.isBlank()
                ? TokenParameters.DEFAULT_ACCOUNT_ID_VARIABLE : accountIdVariable.strip();
    }

    public String getAccountId() {
        return accountId;
    }

    @DataBoundSetter
    public void setAccountId(String accountId) {
        this.accountId = Strings.trimToNull(accountId);
    }

    private TokenParameters parameters() {
        return new TokenParameters(getCredentialsId(), accountId, tokenVariable, accountIdVariable);
    }

    /** Accepts any standard credential here and reports an unusable type with the types that would do. */
    @Override
    protected Class<StandardCredentials> type() {
        return StandardCredentials.class;
    }

    @Override
    public MultiEnvironment bind(@NonNull Run<?, ?> build, @Nullable FilePath workspace, @Nullable Launcher launcher,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        // getCredentials does findCredentialById(id, type, build) and track(build, …)
        StandardCredentials credentials = getCredentials(build);
        BoundToken token = Glue.call(id -> RunCredentials.classify(id, credentials), listener,
                service -> service.token(parameters()));
        return new MultiEnvironment(token.secretValues(), token.publicValues());
    }

    @Override
    public Set<String> variables(@NonNull Run<?, ?> build) {
        return parameters().secretVariables();
    }

    @Extension
    @Symbol("ibmCloudIamToken")
    public static final class DescriptorImpl extends BindingDescriptor<StandardCredentials> {
        @Override
        protected Class<StandardCredentials> type() {
            return StandardCredentials.class;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "IBM Cloud IAM token";
        }

        /** The token is fetched on the controller: no workspace or agent is needed. */
        @Override
        public boolean requiresWorkspace() {
            return false;
        }

        /** Lists only the types an IAM token can be had for, with the permission rule of the steps. */
        @Override
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item owner) {
            return Forms.credentialsIdItems(owner, null);
        }

        @POST
        public FormValidation doCheckTokenVariable(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item) ? Forms.check(FieldChecks.variable("tokenVariable", value))
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckAccountIdVariable(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item)
                    ? Forms.check(FieldChecks.variable("accountIdVariable", value)) : FormValidation.ok();
        }
    }
}
