package io.github.schematicsci.benchmarks;

import com.google.gson.annotations.SerializedName;
import com.ibm.cloud.sdk.core.http.RequestBuilder;
import com.ibm.cloud.sdk.core.http.ResponseConverter;
import com.ibm.cloud.sdk.core.security.Authenticator;
import com.ibm.cloud.sdk.core.service.BaseService;
import com.ibm.cloud.sdk.core.service.model.GenericModel;
import com.ibm.cloud.sdk.core.util.ResponseConverterUtils;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Schematics list call written the way IBM's generated Java SDKs write an operation on top of
 * {@code com.ibm.cloud:sdk-core}: a {@link BaseService} subclass, {@link RequestBuilder#get}, a Gson model read by
 * {@link ResponseConverterUtils}, the authenticator adding the bearer token to every request.
 *
 * <p>The model keeps the same fields core's {@code Workspace} is built from (IBM's full generated model has more),
 * so both sides parse the same page into comparable objects. Timestamps stay strings here, where core turns them
 * into {@code Instant}s.
 */
final class SdkCoreSchematics extends BaseService {
    private static final ResponseConverter<WorkspaceList> LIST_CONVERTER =
            ResponseConverterUtils.getValue(WorkspaceList.class);

    SdkCoreSchematics(String serviceUrl, Authenticator authenticator) {
        super("schematics", authenticator);
        setServiceUrl(serviceUrl);
    }

    /** Reads every page of {@code GET /v1/workspaces}, handing each workspace to {@code sink}; returns the count. */
    int list(Consumer<Workspace> sink) {
        int seen = 0;
        long offset = 0;
        while (true) {
            RequestBuilder builder =
                    RequestBuilder.get(RequestBuilder.resolveRequestUrl(getServiceUrl(), "/v1/workspaces"));
            builder.header("Accept", "application/json");
            builder.query("offset", String.valueOf(offset), "limit", String.valueOf(Fixture.MAX_PAGE));
            WorkspaceList page = createServiceCall(builder.build(), LIST_CONVERTER).execute().getResult();
            List<Workspace> workspaces = page.workspaces == null ? List.of() : page.workspaces;
            for (Workspace workspace : workspaces) {
                sink.accept(workspace);
            }
            int received = workspaces.size();
            seen += received;
            offset += received;
            if (received < Fixture.MAX_PAGE || page.count == null || offset >= page.count) {
                return seen;
            }
        }
    }

    /** {@code WorkspaceResponseList}. */
    static final class WorkspaceList extends GenericModel {
        Long count;
        Long limit;
        Long offset;
        List<Workspace> workspaces;
    }

    /** {@code WorkspaceResponse}, the fields core keeps. */
    static final class Workspace extends GenericModel {
        String id;
        String name;
        String crn;
        List<String> type;
        String description;
        @SerializedName("resource_group")
        String resourceGroup;
        String location;
        List<String> tags;
        @SerializedName("created_at")
        String createdAt;
        @SerializedName("created_by")
        String createdBy;
        @SerializedName("updated_at")
        String updatedAt;
        @SerializedName("updated_by")
        String updatedBy;
        String status;
        @SerializedName("workspace_status_msg")
        StatusMessage statusMessage;
        @SerializedName("workspace_status")
        State state;
        @SerializedName("template_repo")
        TemplateRepo templateRepo;
        @SerializedName("template_data")
        List<Template> templateData;
        @SerializedName("last_job")
        LastJob lastJob;
    }

    static final class StatusMessage extends GenericModel {
        @SerializedName("status_code")
        String statusCode;
        @SerializedName("status_msg")
        String statusMsg;
    }

    static final class State extends GenericModel {
        Boolean frozen;
        @SerializedName("frozen_at")
        String frozenAt;
        @SerializedName("frozen_by")
        String frozenBy;
        Boolean locked;
        @SerializedName("locked_by")
        String lockedBy;
        @SerializedName("locked_time")
        String lockedTime;
    }

    static final class TemplateRepo extends GenericModel {
        String url;
        @SerializedName("repo_url")
        String repoUrl;
        @SerializedName("full_url")
        String fullUrl;
        String branch;
        String release;
        @SerializedName("repo_sha_value")
        String repoShaValue;
        @SerializedName("commit_id")
        String commitId;
    }

    static final class Template extends GenericModel {
        String id;
        String folder;
        String type;
    }

    static final class LastJob extends GenericModel {
        @SerializedName("job_id")
        String jobId;
        @SerializedName("job_name")
        String jobName;
        @SerializedName("job_status")
        String jobStatus;
    }
}
