package io.github.schematicsci.maven;

import io.github.schematicsci.core.IbmCloud;
import io.github.schematicsci.core.workspace.ListOptions;
import io.github.schematicsci.core.workspace.Region;
import io.github.schematicsci.core.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists the workspaces the credential can see, as a table in the build log (id, name, location, resource group,
 * status, updated) and as {@code workspaces.json} in {@link #outputDirectory}. Runs once per build, with or without a
 * project: {@code mvn io.github.schematicsci:schematics-maven-plugin:workspaces}.
 */
@Mojo(name = "workspaces", requiresProject = false, aggregator = true, threadSafe = true)
public class WorkspacesMojo extends AbstractSchematicsMojo {

    /** Lists only this region or geography ({@code us-south}, {@code eu}, …). Default: every region. */
    @Parameter(property = "schematics.region")
    private String region;

    /** Lists only workspaces in this resource group (name or id). */
    @Parameter(property = "schematics.resourceGroup")
    private String resourceGroup;

    /** Lists only workspaces with this status; several are separated by commas ({@code ACTIVE,INACTIVE}). */
    @Parameter(property = "schematics.status")
    private String status;

    /**
     * Lists only workspaces whose name contains this text, or matches it as a glob when it has {@code *} or
     * {@code ?} ({@code app-*}). Case-insensitive; other characters are literal.
     */
    @Parameter(property = "schematics.nameFilter")
    private String nameFilter;

    /** Where {@code workspaces.json} is written. */
    @Parameter(property = "schematics.outputDirectory", defaultValue = "${project.build.directory}/schematics")
    private File outputDirectory;

    private Region regionValue;
    private Statuses statuses;

    @Inject
    public WorkspacesMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected String goal() {
        return "workspaces";
    }

    @Override
    protected void validate() throws MojoFailureException {
        regionValue = isBlank(region) ? null : Region.of(region.strip());
        statuses = Statuses.parse("status", status);
        if (outputDirectory == null) {
            throw new MojoFailureException("outputDirectory is empty: give a directory, e.g."
                    + " ${project.build.directory}/schematics");
        }
    }

    @Override
    protected void doExecute(IbmCloud cloud) throws MojoExecutionException {
        Predicate<String> names = NameFilter.of(nameFilter);
        List<Workspace> found = new ArrayList<>();
        for (Workspace workspace : cloud.workspaces().list(ListOptions.builder()
                .region(regionValue).resourceGroup(blankToNull(resourceGroup)).build())) {
            if (names.test(workspace.name()) && (statuses == null || statuses.matches(workspace.status()))) {
                found.add(workspace);
            }
        }
        found.sort(Comparator.comparing(Workspace::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Workspace::id));

        TextTable table = new TextTable("ID", "NAME", "LOCATION", "RESOURCE GROUP", "STATUS", "UPDATED");
        List<Object> json = new ArrayList<>();
        for (Workspace workspace : found) {
            table.row(workspace.id(), workspace.name(), workspace.location(), workspace.resourceGroup(),
                    String.valueOf(workspace.status()) + (workspace.locked() ? " (locked)" : "")
                            + (workspace.frozen() ? " (frozen)" : ""),
                    workspace.updatedAt().map(WorkspacesMojo::seconds).orElse(""));
            json.add(workspace.toMap());
        }
        for (String line : table.lines()) {
            getLog().info(line);
        }
        getLog().info(found.size() + (found.size() == 1 ? " workspace" : " workspaces") + filters());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("count", found.size());
        document.put("workspaces", json);
        File file = new File(outputDirectory, "workspaces.json");
        try {
            JsonFiles.write(file.toPath(), document);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + file);
    }

    private String filters() {
        List<String> parts = new ArrayList<>();
        if (regionValue != null) {
            parts.add("region " + regionValue.id());
        }
        if (!isBlank(resourceGroup)) {
            parts.add("resource group " + resourceGroup.strip());
        }
        if (statuses != null) {
            parts.add("status " + statuses);
        }
        if (!isBlank(nameFilter)) {
            parts.add("name " + NameFilter.of(nameFilter));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
