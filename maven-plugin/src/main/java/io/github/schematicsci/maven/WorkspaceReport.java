package io.github.schematicsci.maven;

import io.github.schematicsci.core.workspace.Output;
import io.github.schematicsci.core.workspace.Workspace;
import io.github.schematicsci.core.workspace.WorkspaceOutputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.logging.Log;

/**
 * What the workspace goal shows and writes besides the properties: the log lines (with sensitive values masked)
 * and the content of {@code workspace.json}.
 */
final class WorkspaceReport {
    static final String MASK = "**** (sensitive)";
    private static final int MAX_LOGGED = 160;

    private final Workspace workspace;
    private final WorkspaceOutputs outputs;
    private final boolean includeSensitive;
    private final Set<String> sensitiveValues = new HashSet<>();

    WorkspaceReport(Workspace workspace, WorkspaceOutputs outputs, boolean includeSensitive) {
        this.workspace = workspace;
        this.outputs = outputs;
        this.includeSensitive = includeSensitive;
        if (outputs != null) {
            for (Output output : outputs.merged().values()) {
                String text = output.valueAsText();
                if (output.sensitive() && text != null && !text.isEmpty()) {
                    sensitiveValues.add(text);
                }
            }
        }
    }

    /** Warns when the workspace is locked (a job runs on it) or frozen (changes are blocked). */
    static void warnIfLockedOrFrozen(Workspace workspace, Log log) {
        if (workspace.locked()) {
            log.warn("Workspace " + workspace.name() + " is locked" + by(workspace.lockedBy(), workspace.lockedAt())
                    + ": a job is running on it, so its outputs may be about to change.");
        }
        if (workspace.frozen()) {
            log.warn("Workspace " + workspace.name() + " is frozen" + by(workspace.frozenBy(), workspace.frozenAt())
                    + ": changes to it are blocked.");
        }
    }

    private static String by(String who, Optional<Instant> when) {
        return (who == null || who.isEmpty() ? "" : " by " + who) + when.map(at -> " since " + at).orElse("");
    }

    /** Logs every exported property, sorted; values of sensitive outputs are masked, long values shortened. */
    void logProperties(Map<String, String> properties, String prefix, Log log) {
        log.info("Exported " + properties.size() + " properties with prefix " + prefix + ":");
        for (Map.Entry<String, String> entry : new TreeMap<>(properties).entrySet()) {
            log.info("  " + entry.getKey() + " = " + forLog(entry.getValue()));
        }
    }

    /** Returns {@code value} as it may appear in a log: masked when it is a sensitive output's value, shortened. */
    String forLog(String value) {
        if (value == null) {
            return "";
        }
        for (String secret : sensitiveValues) {
            if (value.equals(secret) || (secret.length() >= 4 && value.contains(secret))) {
                return MASK;
            }
        }
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= MAX_LOGGED ? oneLine
                : oneLine.substring(0, MAX_LOGGED) + "… (" + oneLine.length() + " characters)";
    }

    /** Returns the content of {@code workspace.json}: the workspace, the exported outputs, the ones left out. */
    Map<String, Object> toJson(List<String> excludedSensitive) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workspace", workspace.toMap());
        Map<String, Object> exported = new LinkedHashMap<>();
        if (outputs != null) {
            for (Output output : outputs.merged().values()) {
                if (output.sensitive() && !includeSensitive) {
                    continue;
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("value", output.value());
                entry.put("type", output.type().orElse(null));
                entry.put("sensitive", output.sensitive());
                exported.put(output.name(), entry);
            }
        }
        json.put("outputsRead", outputs != null);
        json.put("outputs", exported);
        json.put("excludedSensitiveOutputs", new ArrayList<>(excludedSensitive));
        return json;
    }
}
