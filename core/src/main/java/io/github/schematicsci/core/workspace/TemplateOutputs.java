package io.github.schematicsci.core.workspace;

import java.util.List;

/**
 * The outputs of one template of a workspace ({@code output_values[]} element): the template id, its folder and its
 * outputs in the API's order.
 */
public record TemplateOutputs(String templateId, String folder, String valueType, List<Output> outputs) {
    public TemplateOutputs {
        templateId = templateId == null ? "" : templateId;
        folder = folder == null ? "" : folder;
        valueType = valueType == null ? "" : valueType;
        outputs = List.copyOf(outputs);
    }
}
