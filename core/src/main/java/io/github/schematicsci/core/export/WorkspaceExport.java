package io.github.schematicsci.core.export;

import io.github.schematicsci.core.workspace.Output;
import io.github.schematicsci.core.workspace.TemplateOutputs;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceOutputs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A workspace and its outputs as ordered key/values, named once for both build plugins.
 *
 * <p>Keys are {@code workspace.<field>} (camelCase) and {@code output.<name>}. {@link #toEnvironment()} turns them
 * into {@code SCHEMATICS_WORKSPACE_RESOURCE_GROUP}, {@code SCHEMATICS_OUTPUT_CLUSTER_ID}; {@link #toProperties}
 * into {@code schematics.workspace.resourceGroup}, {@code schematics.output.cluster_id}. Strings are exported as
 * they are, other JSON values as compact JSON, absent values as {@code ""}. Outputs marked sensitive are left out
 * unless asked for. Two names that would export to the same key are an error, never a silent overwrite. Immutable.
 */
public final class WorkspaceExport {
    /** The prefix of every environment variable. */
    public static final String ENV_PREFIX = "SCHEMATICS_";
    /** The default prefix of Maven properties. */
    public static final String DEFAULT_PROPERTY_PREFIX = "schematics.";

    private final Map<String, String> entries;
    private final List<String> excludedSensitive;

    private WorkspaceExport(Map<String, String> entries, List<String> excludedSensitive) {
        this.entries = Collections.unmodifiableMap(entries);
        this.excludedSensitive = List.copyOf(excludedSensitive);
    }

    /**
     * Returns the export of {@code workspace} and its {@code outputs}.
     *
     * @param outputs the outputs, or null to export the workspace fields only
     * @param includeSensitive true to export outputs Terraform marks sensitive
     * @throws IllegalArgumentException when two outputs would export to the same name (in the environment too), or
     *     one name has different values in two templates
     */
    public static WorkspaceExport of(Workspace workspace, WorkspaceOutputs outputs, boolean includeSensitive) {
        Objects.requireNonNull(workspace, "workspace");
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : workspace.toMap().entrySet()) {
            entries.put("workspace." + field.getKey(), text(field.getValue()));
        }
        List<String> excluded = new ArrayList<>();
        if (outputs != null) {
            Map<String, String> envNames = new LinkedHashMap<>();
            for (Map.Entry<String, Output> entry : outputs.merged().entrySet()) {
                Output output = entry.getValue();
                requireSameEverywhere(output, outputs);
                if (output.sensitive() && !includeSensitive) {
                    excluded.add(output.name());
                    continue;
                }
                String env = environmentName("output." + output.name());
                String earlier = envNames.putIfAbsent(env, output.name());
                if (earlier != null) {
                    throw new IllegalArgumentException("outputs '" + earlier + "' and '" + output.name()
                            + "' would both be exported as " + env + ": rename one of them in the Terraform template");
                }
                entries.put("output." + output.name(), output.valueAsText());
            }
        }
        return new WorkspaceExport(entries, excluded);
    }

    private static void requireSameEverywhere(Output first, WorkspaceOutputs outputs) {
        if (!outputs.clashes().contains(first.name())) {
            return;
        }
        Map<String, String> templateByValue = new LinkedHashMap<>();
        for (TemplateOutputs template : outputs.templates()) {
            for (Output output : template.outputs()) {
                if (output.name().equals(first.name())) {
                    templateByValue.putIfAbsent(output.valueAsText(), template.templateId());
                }
            }
        }
        if (templateByValue.size() > 1) {
            throw new IllegalArgumentException("output '" + first.name() + "' has different values in templates "
                    + String.join(" and ", templateByValue.values())
                    + ": rename it in one template so that each name is exported once");
        }
    }

    /** Returns the export as ordered {@code workspace.*} and {@code output.*} keys. */
    public Map<String, String> entries() {
        return entries;
    }

    /** Returns the names of the sensitive outputs left out (empty when none were, or when they were asked for). */
    public List<String> excludedSensitive() {
        return excludedSensitive;
    }

    /** Returns the export as environment variables: {@code SCHEMATICS_WORKSPACE_ID}, …, {@code SCHEMATICS_OUTPUT_<NAME>}. */
    public Map<String, String> toEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        entries.forEach((key, value) -> env.put(environmentName(key), value));
        return env;
    }

    /**
     * Returns the export as properties under {@code prefix}: {@code <prefix>workspace.id}, …,
     * {@code <prefix>output.<name>}.
     *
     * @throws IllegalArgumentException when the prefix has characters other than letters, digits, '.', '_', '-'
     */
    public Map<String, String> toProperties(String prefix) {
        String p = prefix == null ? "" : prefix;
        if (!p.matches("[A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("propertyPrefix '" + p
                    + "' is not usable in ${…} expressions: use letters, digits, '.', '_' and '-' (default 'schematics.')");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        entries.forEach((key, value) -> properties.put(p + key, value));
        return properties;
    }

    /** Returns the environment variable for an export key: {@code workspace.resourceGroup} → {@code SCHEMATICS_WORKSPACE_RESOURCE_GROUP}. */
    public static String environmentName(String key) {
        StringBuilder name = new StringBuilder(ENV_PREFIX);
        boolean output = key.startsWith("output.");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!output && Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                name.append('_');
            }
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            name.append(plain ? Character.toUpperCase(c) : '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(String.valueOf(item));
            }
            return String.join(",", parts);
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return "WorkspaceExport" + entries.keySet() + (excludedSensitive.isEmpty() ? ""
                : " (sensitive left out: " + excludedSensitive + ")");
    }
}
