package io.github.schematicsci.maven;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.config.CredentialResolver;
import io.github.schematicsci.core.config.ResolvedCredential;
import io.github.schematicsci.core.http.HttpOptions;
import io.github.schematicsci.core.http.ProxySettings;
import java.io.File;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: the fixed sequence skip, offline check, local validation, then the goal's work, and the
 * connection to IBM Cloud (credential, account, endpoints, proxy, log) built from the build's settings.
 *
 * <p>No parameter holds a secret: {@code -X} prints every parameter. The credential comes from the settings.xml
 * server named by {@link #serverId} or from environment variables, resolved by core in one documented order; a
 * trust store password from the server named by {@link #trustStoreServerId}.
 */
public abstract class AbstractSchematicsMojo extends AbstractMojo {

    /** Skips the goal: nothing is read, nothing is exported, no request is sent. */
    @Parameter(property = "schematics.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The id of the {@code <server>} in settings.xml holding the credential: a password alone, or the username
     * {@code apikey}/{@code iamapikey}, means the password is an IBM Cloud API key; any other username is an IBMid
     * with its password. Encrypted passwords are decrypted with Maven's master password. When no such server exists,
     * the environment variables {@code IBMCLOUD_API_KEY}, {@code IC_API_KEY} and {@code SCHEMATICS_PASSCODE} are tried.
     */
    @Parameter(property = "schematics.serverId", defaultValue = DEFAULT_SERVER_ID)
    private String serverId;

    /**
     * The IBM Cloud account, by id or name, for credentials that can see several (IBMid passwords, passcodes). An
     * API key is bound to its own account; giving another one fails. {@code schematics:accounts} lists the choices.
     */
    @Parameter(property = "schematics.accountId")
    private String accountId;

    /**
     * The IAM endpoint, e.g. {@code https://private.iam.cloud.ibm.com}. Default: the environment variable
     * {@code IBMCLOUD_IAM_API_ENDPOINT}, else {@code https://iam.cloud.ibm.com}.
     */
    @Parameter(property = "schematics.iamUrl")
    private String iamUrl;

    /**
     * The Accounts endpoint. Default: the environment variable {@code IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT},
     * else {@code https://accounts.cloud.ibm.com}.
     */
    @Parameter(property = "schematics.accountsUrl")
    private String accountsUrl;

    /**
     * The Schematics endpoint: a fixed URL, or a template where {@code {region}} stands for the region, e.g.
     * {@code https://private-{region}.schematics.cloud.ibm.com}. Default: the environment variable
     * {@code IBMCLOUD_SCHEMATICS_API_ENDPOINT}, else {@code https://{region}.schematics.cloud.ibm.com}.
     */
    @Parameter(property = "schematics.schematicsUrl")
    private String schematicsUrl;

    /**
     * A trust store file (PKCS12 or JKS) holding the CA certificates to trust for HTTPS instead of the JVM's default
     * trust store: for private endpoints with a private CA, or a TLS-inspecting proxy. It replaces the default, so it
     * must hold the CA of every endpoint used. Hostname verification stays on. A relative path is resolved against
     * the project directory. Default: the JVM's trust store.
     */
    @Parameter(property = "schematics.trustStore")
    private File trustStore;

    /** The type of {@link #trustStore}: {@code PKCS12} or {@code JKS}. */
    @Parameter(property = "schematics.trustStoreType", defaultValue = TrustStoreConfig.DEFAULT_TYPE)
    private String trustStoreType;

    /**
     * The id of the settings.xml {@code <server>} whose {@code <password>} (encrypted or not) is the password of
     * {@link #trustStore}. There is deliberately no parameter for the password itself ({@code -X} prints every
     * parameter). Leave it unset for a trust store without password: a JKS file, or a PKCS12 file whose certificates
     * are not password-protected.
     */
    @Parameter(property = "schematics.trustStoreServerId")
    private String trustStoreServerId;

    /** The plugin's version, sent in the User-Agent. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    static final String DEFAULT_SERVER_ID = "ibmcloud";

    protected final MavenSession session;
    protected final MavenProject project;
    private final SettingsDecrypter decrypter;

    protected AbstractSchematicsMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        this.session = session;
        this.project = project;
        this.decrypter = decrypter;
    }

    /**
     * Runs the goal: skip, offline check, {@link #validate()}, credential and endpoints, then {@link #doExecute}.
     * Everything that can be checked locally is checked before the first request.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping schematics:" + goal() + " (schematics.skip is true)");
            return;
        }
        if (session.isOffline()) {
            throw new MojoFailureException("Maven is offline (-o), and schematics:" + goal()
                    + " needs to reach IBM Cloud; no request was sent. Build without -o, or skip the goal with"
                    + " -Dschematics.skip=true.");
        }
        TrustStoreConfig tls = null;
        try {
            validate();
            Map<String, String> environment = MavenEnvironment.of(session.getSystemProperties());
            Endpoints endpoints = endpoints(environment);
            tls = TrustStoreConfig.resolve(trustStore, trustStoreType, trustStoreServerId, session.getSettings(),
                    decrypter);
            if (tls != null) {
                getLog().info("Trust store: " + tls.describe() + ", instead of the JVM's default trust store");
            }
            ResolvedCredential credential = CredentialResolver.resolve(serverId,
                    new SettingsServers(session.getSettings(), decrypter).read(serverId, isDefaultServerId()),
                    environment);
            getLog().info("Credential: " + credential.source() + ", fingerprint " + credential.credential().fingerprint());
            ProxySettings proxy = new SettingsProxies(session.getSettings(), decrypter, getLog())
                    .forUrl(endpoints.iam().scheme());
            HttpOptions.Builder http = HttpOptions.builder()
                    .proxy(proxy)
                    .userAgentSuffix("schematics-maven-plugin/" + pluginVersion)
                    .log(new MavenClientLog(getLog()));
            if (tls != null) {
                tls.applyTo(http);
            }
            IbmCloud cloud = IbmCloud.builder()
                    .credential(credential.credential())
                    .account(blankToNull(accountId))
                    .endpoints(endpoints)
                    .httpOptions(http.build())
                    .build();
            doExecute(cloud);
        } catch (RuntimeException e) {
            // IbmCloudException and bad input become BUILD FAILURE or ERROR by kind; nothing escapes unmapped. An
            // untrusted certificate says which trust store was used and what to configure.
            Failures.rethrow(e, tls);
        }
    }

    /** Returns the goal name, for messages. */
    protected abstract String goal();

    /**
     * Checks the goal's parameters without any request. Throws {@link IllegalArgumentException} or
     * {@link MojoFailureException} naming the parameter and what would be valid.
     */
    protected abstract void validate() throws MojoFailureException;

    /** Does the goal's work with a ready connection to IBM Cloud. */
    protected abstract void doExecute(IbmCloud cloud) throws MojoExecutionException, MojoFailureException;

    private Endpoints endpoints(Map<String, String> environment) {
        Endpoints endpoints = endpoints(environment, iamUrl, accountsUrl, schematicsUrl);
        getLog().debug("Endpoints: " + endpoints);
        return endpoints;
    }

    /**
     * Returns the endpoints: public ones, overridden by the environment ({@code IBMCLOUD_IAM_API_ENDPOINT}, …), overridden
     * by the parameters that are set.
     *
     * @throws IllegalArgumentException naming {@code iamUrl}, {@code accountsUrl} or {@code schematicsUrl}
     */
    static Endpoints endpoints(Map<String, String> environment, String iam, String accounts, String schematics) {
        Endpoints.Builder builder = Endpoints.builder().fromEnvironment(environment);
        if (!isBlank(iam)) {
            builder.iam(iam);
        }
        if (!isBlank(accounts)) {
            builder.accounts(accounts);
        }
        if (!isBlank(schematics)) {
            builder.schematics(schematics);
        }
        return builder.build();
    }

    private boolean isDefaultServerId() {
        return serverId == null || serverId.equals(DEFAULT_SERVER_ID);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
