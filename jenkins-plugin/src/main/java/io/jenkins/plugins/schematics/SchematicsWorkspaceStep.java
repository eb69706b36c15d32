package io.jenkins.plugins.schematics;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.schematics.service.FieldChecks;
import io.jenkins.plugins.schematics.service.WorkspaceParameters;
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
 * {@code schematicsWorkspace(credentialsId: 'ibm', id: '…')} or {@code name: '…'}: looks up one workspace and
 * returns it as a map (its fields plus {@code outputs}). Runs on the controller, needs no node, and does the
 * network calls off the Pipeline thread; aborting the build interrupts them.
 */
public final class SchematicsWorkspaceStep extends Step {
    private final String credentialsId;
    private String id;
    private String name;
    private String resourceGroup;
    private String region;
    private String accountId;
    private boolean outputs = true;
    private boolean includeSensitive;
    private String requireStatus;

    @DataBoundConstructor
    public SchematicsWorkspaceStep(String credentialsId) {
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
        // not trimmed: a padded name is reported, not silently changed into another workspace's name
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

    public boolean isIncludeSensitive() {
        return includeSensitive;
    }

    @DataBoundSetter
    public void setIncludeSensitive(boolean includeSensitive) {
        this.includeSensitive = includeSensitive;
    }

    public String getRequireStatus() {
        return requireStatus;
    }

    @DataBoundSetter
    public void setRequireStatus(String requireStatus) {
        this.requireStatus = Strings.trimToNull(requireStatus);
    }

    WorkspaceParameters parameters() {
        return WorkspaceParameters.builder().credentialsId(credentialsId).id(id).name(name)
                .resourceGroup(resourceGroup).region(region).accountId(accountId).outputs(outputs)
                .includeSensitive(includeSensitive).requireStatus(requireStatus).build();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, parameters());
    }

    /** Holds only the parameters (no secret): it is serialized with the Pipeline's state. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        private final WorkspaceParameters parameters;

        Execution(StepContext context, WorkspaceParameters parameters) {
            super(context);
            this.parameters = parameters;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return Glue.call(context.get(Run.class), context.get(TaskListener.class),
                    service -> service.workspace(parameters));
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
            return "schematicsWorkspace";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Look up an IBM Cloud Schematics workspace";
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
            return Permissions.mayUseCredentials(item) ? Forms.check(FieldChecks.workspaceIdOrName(value, name))
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRegion(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item) ? Forms.check(FieldChecks.region(value)) : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckRequireStatus(@AncestorInPath Item item, @QueryParameter String value) {
            return Permissions.mayUseCredentials(item) ? Forms.check(FieldChecks.requireStatus(value))
                    : FormValidation.ok();
        }
    }
}
