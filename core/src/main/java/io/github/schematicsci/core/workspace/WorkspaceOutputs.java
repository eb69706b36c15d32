package io.github.schematicsci.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workspace's Terraform outputs ({@code GET /v1/workspaces/{id}/output_values}), per template, plus a merged view
 * keyed by output name. Immutable.
 */
public final class WorkspaceOutputs {
    /** No outputs (a workspace never applied, or outputs not asked for). */
    public static final WorkspaceOutputs NONE = new WorkspaceOutputs(List.of());

    private final List<TemplateOutputs> templates;
    private final Map<String, Output> merged;
    private final List<String> clashes;

    public WorkspaceOutputs(List<TemplateOutputs> templates) {
        this.templates = List.copyOf(templates);
        Map<String, Output> byName = new LinkedHashMap<>();
        Set<String> clashing = new LinkedHashSet<>();
        for (TemplateOutputs template : this.templates) {
            for (Output output : template.outputs()) {
                if (byName.containsKey(output.name())) {
                    clashing.add(output.name());
                } else {
                    byName.put(output.name(), output);
                }
            }
        }
        this.merged = java.util.Collections.unmodifiableMap(byName);
        this.clashes = List.copyOf(clashing);
    }

    /** Parses the API's array: {@code [{id, folder, value_type, output_values: [{name: {value, type, sensitive}}]}]}. */
    static WorkspaceOutputs parse(JsonNode json) {
        if (json == null || json.isNull()) {
            return NONE;
        }
        if (!json.isArray()) {
            throw new io.github.schematicsci.core.internal.MissingFieldException("[] (an array of templates)");
        }
        List<TemplateOutputs> templates = new ArrayList<>();
        for (JsonNode template : json) {
            List<Output> outputs = new ArrayList<>();
            for (JsonNode group : template.path("output_values")) {
                Iterator<Map.Entry<String, JsonNode>> fields = group.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode body = field.getValue();
                    // The documented shape wraps each value as {"value": …}; tolerate a bare value too.
                    boolean wrapped = body.isObject() && body.has("value");
                    JsonNode type = wrapped ? body.path("type") : null;
                    outputs.add(new Output(field.getKey(), wrapped ? body.get("value") : body,
                            type == null || type.isMissingNode() || type.isNull() ? null
                                    : type.isTextual() ? type.asText() : type.toString(),
                            wrapped && body.path("sensitive").asBoolean(false)));
                }
            }
            templates.add(new TemplateOutputs(text(template, "id"), text(template, "folder"),
                    text(template, "value_type"), outputs));
        }
        return new WorkspaceOutputs(templates);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : null;
    }

    /** Returns the outputs of each template, in the API's order. */
    public List<TemplateOutputs> templates() {
        return templates;
    }

    /** Returns every output by name, in the API's order; for a name in several templates, the first one. */
    public Map<String, Output> merged() {
        return merged;
    }

    /** Returns the names defined by more than one template (the merged view keeps the first). */
    public List<String> clashes() {
        return clashes;
    }

    /** Returns true when there are no outputs at all. */
    public boolean isEmpty() {
        return merged.isEmpty();
    }

    @Override
    public String toString() {
        return "WorkspaceOutputs" + merged.values();
    }
}
