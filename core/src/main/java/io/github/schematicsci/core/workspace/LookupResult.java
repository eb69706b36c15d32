package io.github.schematicsci.core.workspace;

import java.util.Objects;
import java.util.Optional;

/** What a {@link WorkspaceLookup} found: the workspace, its outputs when asked for, and the endpoint it came from. */
public final class LookupResult {
    private final Workspace workspace;
    private final WorkspaceOutputs outputs;
    private final Region foundIn;

    LookupResult(Workspace workspace, WorkspaceOutputs outputs, Region foundIn) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.outputs = outputs;
        this.foundIn = foundIn;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Returns the outputs, when the lookup asked for them. */
    public Optional<WorkspaceOutputs> outputs() {
        return Optional.ofNullable(outputs);
    }

    /** Returns the regional (or geography) endpoint that answered. */
    public Region foundIn() {
        return foundIn;
    }

    @Override
    public String toString() {
        return "LookupResult{" + workspace + ", foundIn=" + foundIn + (outputs == null ? "" : ", " + outputs) + "}";
    }
}
