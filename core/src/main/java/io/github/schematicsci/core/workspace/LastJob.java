package io.github.schematicsci.core.workspace;

/** The last job run on a workspace ({@code last_job}): id, name (e.g. {@code WORKSPACE_APPLY}) and status. */
public record LastJob(String id, String name, String status) {
    public LastJob {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        status = status == null ? "" : status;
    }
}
