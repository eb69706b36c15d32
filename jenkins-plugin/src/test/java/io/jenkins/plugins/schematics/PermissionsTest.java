package io.jenkins.plugins.schematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.ListBoxModel;
import java.net.URL;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Users without rights neither see credential ids nor reach the checks (credentials-ID enumeration, CSRF). */
@WithJenkins
class PermissionsTest {
    private JenkinsRule r;
    private FreeStyleProject project;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        project = r.createFreeStyleProject("p");
        Fixtures.store(r.jenkins, Fixtures.apiKey("ibm"));
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.EXTENDED_READ).everywhere().to("dev"));
    }

    @Test
    void credentialIdsAreListedOnlyToUsersWhoMayUseThem() {
        SchematicsWorkspaceStep.DescriptorImpl step = r.jenkins.getDescriptorByType(
                SchematicsWorkspaceStep.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as(User.getById("reader", true))) {
            ListBoxModel items = step.doFillCredentialsIdItems(project, "current");
            assertEquals(1, items.size(), "only the current value");
            assertEquals("current", items.get(0).value);
            assertEquals(0, step.doFillCredentialsIdItems(null, "").stream().filter(o -> o.value.equals("ibm")).count());
        }
        try (ACLContext ignored = ACL.as(User.getById("dev", true))) {
            assertTrue(step.doFillCredentialsIdItems(project, "").stream().anyMatch(o -> o.value.equals("ibm")));
        }
        IamTokenBinding.DescriptorImpl binding = r.jenkins.getDescriptorByType(IamTokenBinding.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as(User.getById("reader", true))) {
            assertTrue(binding.doFillCredentialsIdItems(project).stream().noneMatch(o -> o.value.equals("ibm")));
        }
    }

    @Test
    void globalChecksAnswer403ToNonAdministratorsAnd404ToGet() throws Exception {
        String check = "descriptorByName/" + IbmCloudSchematicsConfiguration.class.getName()
                + "/checkIamUrl?value=https://iam.cloud.ibm.com";
        JenkinsRule.WebClient reader = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        reader.login("reader");
        WebRequest post = new WebRequest(new URL(r.getURL(), check), HttpMethod.POST);
        reader.addCrumb(post);
        assertEquals(403, reader.getPage(post).getWebResponse().getStatusCode());

        JenkinsRule.WebClient admin = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        admin.login("admin");
        WebRequest adminPost = new WebRequest(new URL(r.getURL(), check), HttpMethod.POST);
        admin.addCrumb(adminPost);
        WebResponse ok = admin.getPage(adminPost).getWebResponse();
        assertEquals(200, ok.getStatusCode());
        WebResponse get = admin.getPage(new WebRequest(new URL(r.getURL(), check), HttpMethod.GET)).getWebResponse();
        assertEquals(404, get.getStatusCode(), "@POST: a GET finds no route");
    }
}
