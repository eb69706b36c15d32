package io.jenkins.plugins.schematics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.schematics.service.FieldChecks;
import io.jenkins.plugins.schematics.service.WorkspaceParameters;
import java.io.IOException;
import java.util.Map;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step "Look up IBM Cloud Schematics workspace": exports the workspace and its non-sensitive
 * outputs as {@code SCHEMATICS_WORKSPACE_*} and {@code SCHEMATICS_OUTPUT_*} variables for the steps after it.
 * Text fields may use build variables ({@code ${WORKSPACE_NAME}}). Needs no workspace or agent.
 */
public final class SchematicsWorkspaceBuilder extends Builder implements SimpleBuildStep {
    private final String credentialsId;
    private String id;
    private String name;
    private String resourceGroup;
    private String region;
    private String accountId;
    private boolean outputs = true;
    private String requireStatus;

    @DataBoundConstructor
    public SchematicsWorkspaceBuilder(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getId() {
        return id;
    }

    @DataBoundSetter
    public void setId(String id) {
        this.id = Strings.trimToNull(id);
    }

    public String getName() {
        return name;
    }

    @DataBoundSetter
    public void setName(String name) {
        this.name = name == null || name.isEmpty() ? null : name;
    }

    public String getResourceGroup() {
        return resourceGroup;
    }

    @DataBoundSetter
    public void setResourceGroup(String resourceGroup) {
        this.resourceGroup = Strings.trimToNull(resourceGroup);
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Strings.trimToNull(region);
    }

    public String getAccountId() {
        return accountId;
    }

    @DataBoundSetter
    public void setAccountId(String accountId) {
        this.accountId = Strings.trimToNull(accountId);
    }

    public boolean isOutputs() {
        return outputs;
    }

    @DataBoundSetter
    public void setOutputs(boolean outputs) {
        this.outputs = outputs;
    }

    public String getRequireStatus() {
        return requireStatus;
    }

    @DataBoundSetter
    public void setRequireStatus(String requireStatus) {
        this.requireStatus = Strings.trimToNull(requireStatus);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        // credentialsId is not expanded: findCredentialById resolves ${PARAM} itself, with the parameter's rules
        WorkspaceParameters parameters = WorkspaceParameters.builder().credentialsId(credentialsId)
                .id(expand(env, id)).name(expand(env, name)).resourceGroup(expand(env, resourceGroup))
                .region(expand(env, region)).accountId(expand(env, accountId)).outputs(outputs)
                .includeSensitive(false).requireStatus(requireStatus).build();
        Map<String, String> exported = Glue.call(run, listener, service -> service.environment(parameters));
        run.addAction(new WorkspaceEnvironmentAction(exported));
    }

    private static String expand(EnvVars env, String value) {
        return value == null ? null : env.expand(value);
    }

    @Extension
    @Symbol("schematicsWorkspaceEnv")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes") // the signature Jenkins declares
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Look up IBM Cloud Schematics workspace";
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return Forms.credentialsIdItems(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkCredentialsId(item, value);
        }

        @POST
        public FormValidation doCheckId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String name) {
            if (!Permissions.mayUseCredentials(item)) {
                return FormValidation.ok();
            }
            if (hasVariable(value) || hasVariable(name)) {
                return FormValidation.ok(); // a build variable: checked when the build runs
            }
            return Forms.check(FieldChecks.workspaceIdOrName(value, name));
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item) && !hasVariable(value)
                    ? Forms.check(FieldChecks.region(value)) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRequireStatus(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item) ? Forms.check(FieldChecks.requireStatus(value))
                    : FormValidation.ok();
        }

        private static boolean hasVariable(String value) {
            return value != null && value.contains("$");
        }
    }
}
