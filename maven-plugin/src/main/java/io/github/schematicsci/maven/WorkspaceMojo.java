package io.github.schematicsci.maven;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.export.WorkspaceExport;
import io.github.schematicsci.core.workspace.LookupResult;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceLookup;
import io.github.schematicsci.core.workspace.WorkspaceOutputs;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Looks up one Schematics workspace, by id or by name, and exports it and its Terraform outputs as project
 * properties ({@code ${schematics.workspace.id}}, {@code ${schematics.output.<name>}}) for later plugins and resource
 * filtering, and as {@code workspace.properties} and {@code workspace.json} in {@link #outputDirectory}.
 *
 * <p>Runs in {@code initialize} by default. A project property is seen by another plugin's configuration only when
 * the POM does not declare the same property itself (see docs/maven.md, "Property visibility").
 */
@Mojo(name = "workspace", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class WorkspaceMojo extends AbstractSchematicsMojo {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]+");

    /** The workspace id, e.g. {@code us-south.workspace.my-app.1a2b3c4d}. Give this or {@link #workspaceName}. */
    @Parameter(property = "schematics.workspaceId")
    private String workspaceId;

    /** The workspace name (exact, case-sensitive). Give this or {@link #workspaceId}; several matches fail. */
    @Parameter(property = "schematics.workspaceName")
    private String workspaceName;

    /** Only for a lookup by name: the resource group (name or id) the workspace must be in. */
    @Parameter(property = "schematics.resourceGroup")
    private String resourceGroup;

    /**
     * The region to search ({@code us-south}, {@code us-east}, {@code eu-de}, {@code eu-gb}, {@code ca-tor},
     * {@code ca-mon}, or the geographies {@code us}, {@code eu}). Default: a workspace id's own region; every
     * region for a name.
     */
    @Parameter(property = "schematics.region")
    private String region;

    /** Whether to read and export the workspace's Terraform outputs. */
    @Parameter(property = "schematics.outputs", defaultValue = "true")
    private boolean outputs;

    /**
     * Whether outputs marked sensitive are exported too. Their values are never logged, but they land in the
     * properties, the files, and the {@code -X} output of any plugin that uses them.
     */
    @Parameter(property = "schematics.includeSensitive", defaultValue = "false")
    private boolean includeSensitive;

    /**
     * Fails the build unless the workspace has this status, e.g. {@code ACTIVE}; several are separated by commas.
     * Case-insensitive.
     */
    @Parameter(property = "schematics.requireStatus")
    private String requireStatus;

    /** The prefix of the exported property names: {@code schematics.} gives {@code schematics.workspace.id}. */
    @Parameter(property = "schematics.propertyPrefix", defaultValue = "schematics.")
    private String propertyPrefix;

    /** Where {@code workspace.properties} and {@code workspace.json} are written. */
    @Parameter(property = "schematics.outputDirectory", defaultValue = "${project.build.directory}/schematics")
    private File outputDirectory;

    private WorkspaceLookup lookup;
    private Statuses required;

    @Inject
    public WorkspaceMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected String goal() {
        return "workspace";
    }

    @Override
    protected void validate() throws MojoFailureException {
        lookup = WorkspaceLookup.builder()
                .parameterNames("workspaceId", "workspaceName", "region")
                .id(blankToNull(workspaceId))
                .name(blankToNull(workspaceName))
                .resourceGroup(blankToNull(resourceGroup))
                .region(blankToNull(region))
                .outputs(outputs)
                .build();
        required = Statuses.parse("requireStatus", requireStatus);
        if (propertyPrefix == null || !PREFIX.matcher(propertyPrefix).matches()) {
            throw new MojoFailureException("propertyPrefix '" + (propertyPrefix == null ? "" : propertyPrefix)
                    + "' is invalid: use letters, digits, '.', '_' or '-', e.g. schematics. (the default) or"
                    + " infra.");
        }
        if (outputDirectory == null) {
            throw new MojoFailureException("outputDirectory is empty: give a directory, e.g."
                    + " ${project.build.directory}/schematics");
        }
        if (includeSensitive && !outputs) {
            getLog().warn("includeSensitive is true but outputs is false: no output is read or exported");
        }
    }

    @Override
    protected void doExecute(IbmCloud cloud) throws MojoExecutionException, MojoFailureException {
        LookupResult result = cloud.workspaces().lookup(lookup);
        Workspace workspace = result.workspace();
        getLog().info("Workspace " + workspace.name() + " (" + workspace.id() + ") in " + workspace.location()
                + ", resource group " + workspace.resourceGroup() + ": " + workspace.status());
        WorkspaceReport.warnIfLockedOrFrozen(workspace, getLog());
        if (required != null && !required.matches(workspace.status())) {
            throw new MojoFailureException("Workspace " + workspace.name() + " (" + workspace.id() + ") has status "
                    + workspace.status() + ", but requireStatus is " + required
                    + (workspace.statusMessage().isEmpty() ? "" : " (status message: " + workspace.statusMessage() + ")")
                    + ". Nothing was exported.");
        }
        WorkspaceOutputs workspaceOutputs = result.outputs().orElse(null);
        WorkspaceExport export = WorkspaceExport.of(workspace, workspaceOutputs, includeSensitive);
        Map<String, String> properties = export.toProperties(propertyPrefix);
        project.getProperties().putAll(properties);

        WorkspaceReport report = new WorkspaceReport(workspace, workspaceOutputs, includeSensitive);
        report.logProperties(properties, propertyPrefix, getLog());
        if (!export.excludedSensitive().isEmpty()) {
            getLog().info("Left out sensitive outputs: " + String.join(", ", export.excludedSensitive())
                    + " (set includeSensitive=true to export them)");
        }
        File propertiesFile = new File(outputDirectory, "workspace.properties");
        File json = new File(outputDirectory, "workspace.json");
        try {
            PropertiesFile.write(propertiesFile.toPath(), properties);
            JsonFiles.write(json.toPath(), report.toJson(export.excludedSensitive()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + propertiesFile + " and " + json.getName());
    }
}
