package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.export.WorkspaceExport;
import io.github.schematicsci.core.iam.Credential;
import io.github.schematicsci.core.iam.IamToken;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.LookupResult;
import io.github.schematicsci.core.workspace.Output;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import io.github.schematicsci.core.workspace.WorkspaceOutputs;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the steps, the binding and the builder do, without Jenkins: validate the parameters, resolve the
 * credential through the {@link CredentialSource} seam, call core, and shape the result for Pipeline or the
 * environment.
 *
 * <p>Every failure the user can act on is a {@link StepFailure} with a printable message; parameters are checked
 * before the credential is resolved and before any request. Nothing secret is logged or returned, except sensitive
 * Terraform outputs when the caller explicitly asks for them. Calls block; the Jenkins glue runs them off the
 * Pipeline thread.
 */
@SuppressWarnings("try") // BuildLog.Scope routes core's log while open; the body need not name it
public final class SchematicsService {
    /** Core's words for a server certificate that no trusted CA signed. */

    private final ConnectionSettings settings;
    private final CredentialSource credentials;
    private final PrintStream log;

    /**
     * @param log the build log; receives this plugin's and core's progress messages, never a secret
     */
    public SchematicsService(ConnectionSettings settings, CredentialSource credentials, PrintStream log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Looks up one workspace and returns it as a Pipeline value: the workspace fields of core's
     * {@link Workspace#toMap()} plus {@code outputs}, a map of Terraform output names to plain values (empty when
     * {@code outputs} is false). Sensitive outputs are left out unless {@code includeSensitive} is true. Every
     * map and list is a serializable {@link LinkedHashMap} / {@link ArrayList}.
     */
    public Map<String, Object> workspace(WorkspaceParameters parameters)
            throws StepFailure, IOException, InterruptedException {
        LookupResult result = lookup(parameters);
        Map<String, Object> map = copyMap(result.workspace().toMap());
        Map<String, Object> outputs = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        List<String> sensitiveIncluded = new ArrayList<>();
        WorkspaceOutputs all = result.outputs().orElse(WorkspaceOutputs.NONE);
        for (Output output : all.merged().values()) {
            if (output.sensitive() && !parameters.includeSensitive()) {
                leftOut.add(output.name());
                continue;
            }
            if (output.sensitive()) {
                sensitiveIncluded.add(output.name());
            }
            outputs.put(output.name(), copy(output.value()));
        }
        map.put("outputs", outputs);
        if (!all.clashes().isEmpty()) {
            print("WARNING: outputs defined in several templates (the first template's value is returned): "
                    + String.join(", ", all.clashes()));
        }
        reportSensitive(leftOut, sensitiveIncluded);
        return map;
    }

    /**
     * Lists the workspaces the credential sees, each as the map of {@link Workspace#toMap()} (no outputs: reading
     * them costs one request per workspace).
     */
    public List<Map<String, Object>> workspaces(ListParameters parameters)
            throws StepFailure, IOException, InterruptedException {
        ListOptions options;
        try {
            options = parameters.validate(settings.defaultRegion());
        } catch (IllegalArgumentException e) {
            throw new StepFailure(e.getMessage(), e);
        }
        Credential credential = credentials.resolve(parameters.credentialsId());
        print("Listing Schematics workspaces in " + (options.region() == null ? "every region" : options.region().id())
                + (options.resourceGroup() == null ? "" : ", resource group " + options.resourceGroup())
                + " with " + describe(parameters.credentialsId(), credential));
        List<Map<String, Object>> list = new ArrayList<>();
        try (BuildLog.Scope scope = BuildLog.to(log)) {
            for (Workspace workspace : cloud(credential, parameters.accountId()).workspaces().list(options)) {
                list.add(copyMap(workspace.toMap()));
            }
        } catch (IbmCloudException e) {
            throw failure(e);
        }
        print("Found " + list.size() + " workspace" + (list.size() == 1 ? "" : "s"));
        return list;
    }

    /**
     * Looks up one workspace and returns its export as environment variables ({@code SCHEMATICS_WORKSPACE_ID}, …,
     * {@code SCHEMATICS_OUTPUT_<NAME>}), named by core. Sensitive outputs are never exported: the variables are kept
     * with the build record.
     */
    public Map<String, String> environment(WorkspaceParameters parameters)
            throws StepFailure, IOException, InterruptedException {
        LookupResult result = lookup(parameters);
        WorkspaceExport export;
        try {
            export = WorkspaceExport.of(result.workspace(), result.outputs().orElse(null), false);
        } catch (IllegalArgumentException e) {
            throw new StepFailure(e.getMessage(), e);
        }
        reportSensitive(export.excludedSensitive(), List.of());
        Map<String, String> environment = export.toEnvironment();
        print("Exported " + String.join(", ", environment.keySet()));
        return environment;
    }

    /** Gets a valid, account-scoped IAM token for the binding (from core's shared cache when it has one). */
    public BoundToken token(TokenParameters parameters) throws StepFailure, IOException, InterruptedException {
        try {
            parameters.validate();
        } catch (IllegalArgumentException e) {
            throw new StepFailure(e.getMessage(), e);
        }
        Credential credential = credentials.resolve(parameters.credentialsId());
        try (BuildLog.Scope scope = BuildLog.to(log)) {
            IbmCloud cloud = cloud(credential, parameters.accountId());
            IamToken token = cloud.token();
            String accountId = cloud.accountId();
            print("IAM token for " + describe(parameters.credentialsId(), credential)
                    + (accountId.isEmpty() ? "" : " in account " + accountId) + ", valid until " + token.expiration());
            return new BoundToken(parameters.tokenVariable(), token.accessToken(), parameters.accountIdVariable(),
                    accountId, token.expiration());
        } catch (IbmCloudException e) {
            throw failure(e);
        }
    }

    private LookupResult lookup(WorkspaceParameters parameters) throws StepFailure, IOException, InterruptedException {
        WorkspaceLookup lookup;
        try {
            lookup = parameters.validate(settings.defaultRegion());
        } catch (IllegalArgumentException e) {
            throw new StepFailure(e.getMessage(), e);
        }
        Credential credential = credentials.resolve(parameters.credentialsId());
        print("Looking up Schematics " + lookup + " with " + describe(parameters.credentialsId(), credential));
        LookupResult result;
        try (BuildLog.Scope scope = BuildLog.to(log)) {
            result = cloud(credential, parameters.accountId()).workspaces().lookup(lookup);
        } catch (IbmCloudException e) {
            throw failure(e);
        }
        Workspace workspace = result.workspace();
        print("Workspace '" + workspace.name() + "' (" + workspace.id() + ") in " + workspace.location() + " is "
                + (workspace.status().isUnknown() ? "of unknown status" : workspace.status()));
        String statusProblem = parameters.statusProblem("'" + workspace.name() + "' (" + workspace.id() + ")",
                workspace.status());
        if (statusProblem != null) {
            throw new StepFailure(statusProblem);
        }
        return result;
    }

    private IbmCloud cloud(Credential credential, String accountId) throws StepFailure {
        try {
            return IbmCloud.builder()
                    .credential(credential)
                    .account(accountId)
                    .endpoints(settings.endpoints())
                    .httpOptions(settings.httpOptions())
                    .build();
        } catch (IllegalArgumentException e) {
            // e.g. a trust store deleted since the settings were checked: the message names the setting
            throw new StepFailure(ConnectionSettings.GLOBAL_CONFIGURATION + e.getMessage(), e);
        }
    }

    private void reportSensitive(List<String> leftOut, List<String> included) {
        if (!leftOut.isEmpty()) {
            print("Left out sensitive outputs: " + String.join(", ", leftOut));
        }
        if (!included.isEmpty()) {
            print("WARNING: includeSensitive is true: sensitive outputs " + String.join(", ", included)
                    + " are in the returned map; Jenkins does not mask them if printed");
        }
    }

    /**
     * Turns a core failure into a step failure with the same (secret-free) message, or into an
     * {@link InterruptedException} when the build was aborted while a request was under way (core reports that as
     * {@link Problem#INTERRUPTED}; a timeout is {@link Problem#NETWORK}, a failure with core's "timed out" message).
     */
    private StepFailure failure(IbmCloudException e) throws InterruptedException {
        if (Thread.currentThread().isInterrupted() || e.problem() == Problem.INTERRUPTED) {
            InterruptedException interrupted = new InterruptedException("aborted while calling IBM Cloud");
            interrupted.initCause(e);
            throw interrupted;
        }
        String message = e.getMessage();
        if (e.problem() == Problem.CERTIFICATE) {
            message += settings.trustStore() == null
                    ? " (in Jenkins: Manage Jenkins → System → IBM Cloud Schematics → trustStorePath, a PKCS12 or JKS "
                            + "file holding the CA that signed the server's certificate)"
                    : " (in Jenkins: the configured trustStorePath '" + settings.trustStore() + "' does not hold the "
                            + "CA that signed the server's certificate, or the endpoint's host name is not in it)";
        }
        return new StepFailure(message, e);
    }

    private static String describe(String credentialsId, Credential credential) {
        return "credential '" + credentialsId + "' (" + credential.kind().label() + " …" + credential.fingerprint()
                + ")";
    }

    private void print(String message) {
        log.println("[IBM Cloud] " + message);
    }

    /** Copies a map of plain values into serializable, mutable collections (what Pipeline stores and scripts edit). */
    static Map<String, Object> copyMap(Map<String, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(key, copy(value)));
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }
}
