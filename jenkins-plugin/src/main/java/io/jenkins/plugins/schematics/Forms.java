package io.jenkins.plugins.schematics;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/** The credential drop-down and the field checks shared by the steps, the builder and the binding. */
final class Forms {
    /** The credential types an IBM Cloud step accepts (the API key type is a {@link StringCredentials} too). */
    static final CredentialsMatcher ACCEPTED = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(StringCredentials.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));

    private Forms() {
    }

    /** Returns the domain requirement of a credential sent to the configured IAM endpoint. */
    static List<DomainRequirement> iamDomain() {
        return URIRequirementBuilder.fromUri(IbmCloudSchematicsConfiguration.get().iamEndpoint()).build();
    }

    /**
     * Lists the credentials usable in {@code item}, as the job will see them; to a user who may not use credentials
     * there it lists nothing but the current value (no enumeration of ids).
     */
    static ListBoxModel credentialsIdItems(@CheckForNull Item item, @CheckForNull String credentialsId) {
        StandardListBoxModel result = new StandardListBoxModel();
        String current = credentialsId == null ? "" : credentialsId;
        if (!Permissions.mayUseCredentials(item)) {
            return result.includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(authentication(item), item, StandardCredentials.class, iamDomain(), ACCEPTED)
                .includeCurrentValue(current);
    }

    /** Checks that {@code value} names a credential usable in {@code item}. */
    static FormValidation checkCredentialsId(@CheckForNull Item item, @CheckForNull String value) {
        if (!Permissions.mayUseCredentials(item)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return FormValidation.error("Select a credential: an IBM Cloud API key, a Secret text or a Username with "
                    + "password");
        }
        if (value.startsWith("${") && value.endsWith("}")) {
            return FormValidation.warning("The credential is chosen by a parameter when the build runs");
        }
        ListBoxModel visible = CredentialsProvider.listCredentialsInItem(StandardCredentials.class, item,
                authentication(item), iamDomain(), ACCEPTED);
        for (ListBoxModel.Option option : visible) {
            if (value.equals(option.value)) {
                return FormValidation.ok();
            }
        }
        return FormValidation.error("No IBM Cloud API key, Secret text or Username with password with this id is "
                + "visible here");
    }

    /** Turns a check's message (null when fine) into a form validation. {@code error} escapes the text. */
    static FormValidation check(@CheckForNull String problem) {
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    /**
     * The authentication a job's builds run as, to list what they can use; outside a job (the global Pipeline
     * syntax page, administrators only) the system's.
     */
    private static Authentication authentication(@CheckForNull Item item) {
        return item instanceof Queue.Task ? Tasks.getAuthenticationOf2((Queue.Task) item) : ACL.SYSTEM2;
    }
}
