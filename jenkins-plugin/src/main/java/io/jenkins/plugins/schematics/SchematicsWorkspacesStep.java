package io.jenkins.plugins.schematics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.schematics.service.FieldChecks;
import io.jenkins.plugins.schematics.service.ListParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code schematicsWorkspaces(credentialsId: 'ibm')}: lists the workspaces the credential sees (optionally in one
 * {@code region} and {@code resourceGroup}) as a list of maps. Runs on the controller, off the Pipeline thread.
 */
public final class SchematicsWorkspacesStep extends Step {
    private final String credentialsId;
    private String region;
    private String resourceGroup;
    private String accountId;

    @DataBoundConstructor
    public SchematicsWorkspacesStep(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(String region) {
        this.region = Strings.trimToNull(region);
    }

    public String getResourceGroup() {
        return resourceGroup;
    }

    @DataBoundSetter
    public void setResourceGroup(String resourceGroup) {
        this.resourceGroup = Strings.trimToNull(resourceGroup);
    }

    public String getAccountId() {
        return accountId;
    }

    @DataBoundSetter
    public void setAccountId(String accountId) {
        this.accountId = Strings.trimToNull(accountId);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, new ListParameters(credentialsId, region, resourceGroup, accountId));
    }

    /** Holds only the parameters (no secret): it is serialized with the Pipeline's state. */
    static final class Execution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {
        private static final long serialVersionUID = 1L;

        private final ListParameters parameters;

        Execution(StepContext context, ListParameters parameters) {
            super(context);
            this.parameters = parameters;
        }

        @Override
        protected List<Map<String, Object>> run() throws Exception {
            StepContext context = getContext();
            return Glue.call(context.get(Run.class), context.get(TaskListener.class),
                    service -> service.workspaces(parameters));
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "schematicsWorkspaces";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "List IBM Cloud Schematics workspaces";
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return Forms.credentialsIdItems(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkCredentialsId(item, value);
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item) ? Forms.check(FieldChecks.region(value)) : FormValidation.ok();
        }
    }
}
