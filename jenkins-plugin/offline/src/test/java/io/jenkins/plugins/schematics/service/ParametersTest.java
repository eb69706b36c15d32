package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import org.junit.jupiter.api.Test;

/** Validation of every step's, the builder's and the binding's parameters: messages name the parameter. */
class ParametersTest {
    private static WorkspaceParameters.Builder valid() {
        return WorkspaceParameters.builder().credentialsId("ibm").id(TestCloud.WS_ID);
    }

    @Test
    void workspaceLookupNeedsACredentialsId() {
        assertThatThrownBy(() -> valid().credentialsId(null).build().validate(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("credentialsId is missing")
                .hasMessageContaining("IBM Cloud API key").hasMessageContaining("Secret text")
                .hasMessageContaining("Username with password");
        assertThatThrownBy(() -> valid().credentialsId("  ").build().validate(null))
                .hasMessageStartingWith("credentialsId is missing");
    }

    @Test
    void workspaceLookupNeedsExactlyOneOfIdAndName() {
        assertThatThrownBy(() -> valid().name("x").build().validate(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both id and name are given");
        assertThatThrownBy(() -> valid().id(null).build().validate(null))
                .hasMessageContaining("neither id nor name is given");
    }

    @Test
    void malformedIdPaddedNameAndUnknownRegionAreNamed() {
        assertThatThrownBy(() -> valid().id("no spaces allowed").build().validate(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> valid().id(null).name(" app-infra").build().validate(null))
                .hasMessageContaining("name ' app-infra' has leading or trailing whitespace");
        assertThatThrownBy(() -> valid().region("mars-north").build().validate(null))
                .hasMessageStartingWith("region 'mars-north' is not a Schematics region")
                .hasMessageContaining("us-south");
    }

    @Test
    void requireStatusIsAListOfStatusWords() {
        assertThat(valid().requireStatus("active, inactive").build().allowedStatuses())
                .containsExactly("ACTIVE", "INACTIVE");
        assertThat(valid().requireStatus("ACTIVE|FAILED").build().allowedStatuses()).containsExactly("ACTIVE", "FAILED");
        assertThat(valid().build().allowedStatuses()).isEmpty();
        assertThatThrownBy(() -> valid().requireStatus("ACTIVE; rm -rf").build().validate(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("requireStatus 'ACTIVE; rm -rf' is not a list of workspace statuses");
    }

    @Test
    void theDefaultRegionAppliesToNamesButNeverOverridesAnIdsOwnRegion() {
        WorkspaceLookup byName = valid().id(null).name("app-infra").build().validate(Region.EU_DE);
        assertThat(byName.region()).contains(Region.EU_DE);
        WorkspaceLookup byId = valid().build().validate(Region.EU_DE);
        assertThat(byId.region()).isEmpty();
        WorkspaceLookup explicit = valid().id(null).name("app-infra").region("us-south").build().validate(Region.EU_DE);
        assertThat(explicit.region()).contains(Region.US_SOUTH);
    }

    @Test
    void listParametersNameTheRegionAndUseTheDefault() {
        assertThatThrownBy(() -> new ListParameters(null, null, null, null).validate(null))
                .hasMessageStartingWith("credentialsId is missing");
        assertThatThrownBy(() -> new ListParameters("ibm", "atlantis", null, null).validate(null))
                .hasMessageStartingWith("region 'atlantis' is not a Schematics region");
        ListOptions everywhere = new ListParameters("ibm", null, " ", null).validate(null);
        assertThat(everywhere.region()).isNull();
        assertThat(everywhere.resourceGroup()).isNull();
        assertThat(new ListParameters("ibm", "", "prod", null).validate(Region.US_EAST).region()).isEqualTo(Region.US_EAST);
        assertThat(new ListParameters("ibm", "eu-gb", "prod", null).validate(Region.US_EAST).region()).isEqualTo(Region.EU_GB);
    }

    @Test
    void tokenVariablesDefaultAndMustBeVariableNames() {
        TokenParameters defaults = new TokenParameters("ibm", null, null, " ");
        assertThat(defaults.tokenVariable()).isEqualTo("IBMCLOUD_IAM_TOKEN");
        assertThat(defaults.accountIdVariable()).isEqualTo("IBMCLOUD_ACCOUNT_ID");
        assertThat(defaults.secretVariables()).containsExactly("IBMCLOUD_IAM_TOKEN");
        defaults.validate();

        assertThatThrownBy(() -> new TokenParameters("ibm", null, "1TOKEN", null).validate())
                .hasMessageStartingWith("tokenVariable '1TOKEN' is not a variable name");
        assertThatThrownBy(() -> new TokenParameters("ibm", null, null, "ACCOUNT-ID").validate())
                .hasMessageStartingWith("accountIdVariable 'ACCOUNT-ID' is not a variable name");
        assertThatThrownBy(() -> new TokenParameters("ibm", null, "SAME", "SAME").validate())
                .hasMessage("tokenVariable and accountIdVariable are both SAME: give two different names");
        assertThatThrownBy(() -> new TokenParameters("", null, null, null).validate())
                .hasMessageStartingWith("credentialsId is missing");
    }

    @Test
    void parametersPrintNoSecretBecauseTheyHoldNone() {
        // The parameters are serialized with a Pipeline step's execution: only ids and names go in.
        assertThat(valid().accountId(TestCloud.ACCOUNT).build().toString())
                .contains("credentialsId=ibm").contains(TestCloud.WS_ID);
    }
}
