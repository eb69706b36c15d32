package io.jenkins.plugins.schematics;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.ProxyConfiguration;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.github.schematicsci.core.iam.TokenManager;
import io.github.schematicsci.core.http.ProxySettings;
import io.jenkins.plugins.schematics.service.ConnectionSettings;
import io.jenkins.plugins.schematics.service.FieldChecks;
import io.jenkins.plugins.schematics.service.StepFailure;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "IBM Cloud Schematics" on the system configuration page, and {@code unclassified: ibmCloudSchematics:} in
 * Configuration as Code: endpoint overrides (private endpoints), the default region, timeouts and a trust store.
 * Blank fields mean IBM Cloud's defaults. Jenkins' own proxy configuration is applied on top.
 */
@Extension
@Symbol("ibmCloudSchematics")
public final class IbmCloudSchematicsConfiguration extends GlobalConfiguration {
    private String iamUrl;
    private String accountsUrl;
    private String schematicsUrl;
    private boolean privateEndpoints;
    private String defaultRegion;
    private int connectTimeoutSeconds = ConnectionSettings.DEFAULT_CONNECT_TIMEOUT;
    private int readTimeoutSeconds = ConnectionSettings.DEFAULT_READ_TIMEOUT;
    private String trustStorePath;
    private String trustStoreType;
    /** Encrypted on disk and in JCasC exports, a password field in the form; never a String. */
    private Secret trustStorePassword;

    public IbmCloudSchematicsConfiguration() {
        load();
    }

    /** Returns the one instance. */
    @NonNull
    public static IbmCloudSchematicsConfiguration get() {
        return ExtensionList.lookupSingleton(IbmCloudSchematicsConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return "IBM Cloud Schematics";
    }

    /**
     * Returns the settings builds use: these fields plus Jenkins' proxy.
     *
     * @throws StepFailure when a saved field is invalid (e.g. a trust store that was deleted), naming it
     */
    ConnectionSettings settings() throws StepFailure {
        ProxyConfiguration proxy = Jenkins.get().getProxy();
        ProxySettings proxySettings = proxy == null ? null
                : ConnectionSettings.proxy(proxy.getName(), proxy.getPort(), proxy.getUserName(),
                        Secret.toString(proxy.getSecretPassword()), proxy.getNoProxyHost());
        return ConnectionSettings.builder()
                .iamUrl(iamUrl)
                .accountsUrl(accountsUrl)
                .schematicsUrl(schematicsUrl)
                .privateEndpoints(privateEndpoints)
                .defaultRegion(defaultRegion)
                .connectTimeoutSeconds(connectTimeoutSeconds)
                .readTimeoutSeconds(readTimeoutSeconds)
                .trustStore(trustStorePath, trustStoreType, Secret.toString(trustStorePassword))
                .proxy(proxySettings)
                .buildForBuild();
    }

    /** Returns the IAM endpoint in use, for credential domain matching; the public one when the field is invalid. */
    String iamEndpoint() {
        try {
            return settings().endpoints().iam().toString();
        } catch (StepFailure e) {
            return io.github.schematicsci.core.Endpoints.PUBLIC_IAM;
        }
    }

    /**
     * Saves, and forgets the tokens core cached: they were obtained through the old endpoints, proxy or trust store,
     * which core's shared token managers keep.
     */
    private void changed() {
        save();
        TokenManager.clearShared();
    }

    public String getIamUrl() {
        return iamUrl;
    }

    @DataBoundSetter
    public void setIamUrl(String iamUrl) {
        this.iamUrl = trimToNull(iamUrl);
        changed();
    }

    public String getAccountsUrl() {
        return accountsUrl;
    }

    @DataBoundSetter
    public void setAccountsUrl(String accountsUrl) {
        this.accountsUrl = trimToNull(accountsUrl);
        changed();
    }

    public String getSchematicsUrl() {
        return schematicsUrl;
    }

    @DataBoundSetter
    public void setSchematicsUrl(String schematicsUrl) {
        this.schematicsUrl = trimToNull(schematicsUrl);
        changed();
    }

    public boolean isPrivateEndpoints() {
        return privateEndpoints;
    }

    @DataBoundSetter
    public void setPrivateEndpoints(boolean privateEndpoints) {
        this.privateEndpoints = privateEndpoints;
        changed();
    }

    public String getDefaultRegion() {
        return defaultRegion;
    }

    @DataBoundSetter
    public void setDefaultRegion(String defaultRegion) {
        this.defaultRegion = trimToNull(defaultRegion);
        changed();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
        changed();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds;
        changed();
    }

    public String getTrustStorePath() {
        return trustStorePath;
    }

    @DataBoundSetter
    public void setTrustStorePath(String trustStorePath) {
        this.trustStorePath = trimToNull(trustStorePath);
        changed();
    }

    public String getTrustStoreType() {
        return trustStoreType;
    }

    @DataBoundSetter
    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trimToNull(trustStoreType);
        changed();
    }

    public Secret getTrustStorePassword() {
        return trustStorePassword;
    }

    @DataBoundSetter
    public void setTrustStorePassword(Secret trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
        changed();
    }

    // The form checks: the page needs Overall/Administer, and so does every check (a 403 otherwise).

    @POST
    public FormValidation doCheckIamUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.endpoint("iamUrl", value));
    }

    @POST
    public FormValidation doCheckAccountsUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.endpoint("accountsUrl", value));
    }

    @POST
    public FormValidation doCheckSchematicsUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.endpoint("schematicsUrl", value));
    }

    @POST
    public FormValidation doCheckDefaultRegion(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.defaultRegion(value));
    }

    @POST
    public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter int value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.timeout("connectTimeoutSeconds", value));
    }

    @POST
    public FormValidation doCheckReadTimeoutSeconds(@QueryParameter int value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.timeout("readTimeoutSeconds", value));
    }

    /**
     * Opens the trust store with its type and password, as builds will: the password field's value arrives as the
     * page holds it (encrypted, or as typed) and Stapler turns it into a {@link Secret}.
     */
    @POST
    public FormValidation doCheckTrustStorePath(@QueryParameter String value, @QueryParameter String trustStoreType,
            @QueryParameter Secret trustStorePassword) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Forms.check(FieldChecks.trustStore(value, trustStoreType, Secret.toString(trustStorePassword)));
    }

    @POST
    public ListBoxModel doFillTrustStoreTypeItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ListBoxModel types = new ListBoxModel();
        types.add("PKCS12");
        types.add("JKS");
        return types;
    }

    @CheckForNull
    private static String trimToNull(@CheckForNull String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
