package io.github.schematicsci.core.workspace;

import io.github.schematicsci.core.Endpoints;
import io.github.schematicsci.core.Problem;
import io.github.schematicsci.core.http.ClientLog;
import io.github.schematicsci.core.internal.BearerAuth;
import io.github.schematicsci.core.internal.BodyReader;
import io.github.schematicsci.core.internal.HttpCaller;
import io.github.schematicsci.core.internal.Json;
import io.github.schematicsci.core.internal.MissingFieldException;
import io.github.schematicsci.core.internal.RequestPacer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * Reads Schematics workspaces: list ({@code GET /v1/workspaces}, every page, lazily), get by id
 * ({@code GET /v1/workspaces/{id}}, on the endpoint of the id's location), find by name, and outputs
 * ({@code GET /v1/workspaces/{id}/output_values}).
 *
 * <p>Usually obtained from {@code IbmCloud.workspaces()}. Immutable and thread-safe; failures are
 * {@link SchematicsException}s, bad input {@link IllegalArgumentException}s raised before any request.
 */
public final class SchematicsClient {
    private final Endpoints endpoints;
    private final HttpCaller http;
    private final BearerAuth auth;
    private final ClientLog log;
    private final RequestPacer pacer;

    private SchematicsClient(Builder builder) {
        this.endpoints = builder.endpoints;
        this.http = builder.http;
        this.auth = builder.auth;
        this.log = builder.http.options().log();
        this.pacer = new RequestPacer(builder.http.options().schematicsRequestsPerMinute(),
                builder.http.options().clock());
    }

    /** GETs through the region's requests-per-minute budget (Schematics counts per region and user). */
    private <T> T get(HttpUrl url, Region region, SchematicsErrors errors, BodyReader<T> reader) {
        String key = endpoints.schematicsIsFixed() ? "Schematics" : "Schematics " + region.id();
        return http.get(url, auth, errors, reader, pacer, key);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the workspaces {@code options} select, fetching pages of up to 2000 as the iteration reaches them; an
     * iteration stopped early makes no further request. Each {@code iterator()} starts over.
     */
    public Iterable<Workspace> list(ListOptions options) {
        Objects.requireNonNull(options, "options");
        return () -> new PageIterator(searchRegions(options.region()), options);
    }

    /** Returns {@link #list} as a sequential stream (lazy in the same way). */
    public Stream<Workspace> stream(ListOptions options) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(list(options).iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Returns the workspace {@code id}, read through the endpoint of the location its id starts with. */
    public Workspace get(String id) {
        return get(id, null);
    }

    /**
     * Returns the workspace {@code id} read through {@code region}'s endpoint (null: the id's location).
     *
     * @throws IllegalArgumentException when the id is malformed (no request is made)
     * @throws SchematicsException with {@link Problem#NOT_FOUND} when it is not there
     */
    public Workspace get(String id, Region region) {
        String checked = WorkspaceIds.require("id", id);
        Region endpoint = endpointFor(checked, region);
        HttpUrl url = base(endpoint).newBuilder().addPathSegments("v1/workspaces").addPathSegment(checked).build();
        SchematicsErrors errors = new SchematicsErrors("reading workspace " + checked, checked, endpoint);
        return get(url, endpoint, errors, body -> {
            WorkspaceJson json = Json.MAPPER.readValue(body, WorkspaceJson.class);
            if (json == null || json.id == null || json.id.isBlank()) {
                throw new MissingFieldException("id");
            }
            return json.toWorkspace();
        });
    }

    /** Returns the outputs of {@code workspace}, read through the endpoint of its location. */
    public WorkspaceOutputs outputs(Workspace workspace) {
        return outputs(workspace.id(), workspace.region().orElse(null));
    }

    /** Returns the outputs of workspace {@code id} read through {@code region}'s endpoint (null: the id's location). */
    public WorkspaceOutputs outputs(String id, Region region) {
        String checked = WorkspaceIds.require("id", id);
        Region endpoint = endpointFor(checked, region);
        HttpUrl url = base(endpoint).newBuilder().addPathSegments("v1/workspaces").addPathSegment(checked)
                .addPathSegment("output_values").build();
        SchematicsErrors errors = new SchematicsErrors("reading the outputs of workspace " + checked, checked, endpoint);
        return get(url, endpoint, errors, body -> WorkspaceOutputs.parse(Json.MAPPER.readTree(body)));
    }

    /**
     * Looks a workspace up by id or by name, with its outputs when asked.
     *
     * <p>By name: the exact name, within the resource group when given, in the region when given, else in every
     * geography ({@link Region#SEARCH_ORDER}).
     *
     * @throws SchematicsException {@link Problem#NOT_FOUND} (by name: with close names suggested) or
     *     {@link Problem#AMBIGUOUS} (listing each candidate's id, location and resource group)
     */
    public LookupResult lookup(WorkspaceLookup lookup) {
        Workspace workspace;
        Region foundIn;
        if (lookup.id().isPresent()) {
            String id = lookup.id().get();
            foundIn = endpointFor(id, lookup.region().orElse(null));
            workspace = get(id, foundIn);
        } else {
            Match match = findOne(lookup.name().orElseThrow(), lookup.resourceGroup().orElse(null),
                    lookup.region().orElse(null), true).orElseThrow();
            workspace = match.workspace();
            foundIn = match.endpoint();
            log.info("found workspace '" + workspace.name() + "' (" + workspace.id() + ") in " + workspace.location()
                    + (lookup.region().isPresent() ? "" : " by searching " + describe(searchRegions(null))));
        }
        WorkspaceOutputs outputs = lookup.outputs() ? outputs(workspace.id(), foundIn) : null;
        return new LookupResult(workspace, outputs, foundIn);
    }

    /**
     * Returns the workspace with exact {@code name}, or empty when there is none.
     *
     * @throws SchematicsException {@link Problem#AMBIGUOUS} when several match
     */
    public Optional<Workspace> findByName(String name, String resourceGroup, Region region) {
        WorkspaceLookup checked = WorkspaceLookup.builder().name(name).resourceGroup(resourceGroup).region(region)
                .outputs(false).build();
        return findOne(checked.name().orElseThrow(), checked.resourceGroup().orElse(null),
                checked.region().orElse(null), false).map(Match::workspace);
    }

    private record Match(Workspace workspace, Region endpoint) {
    }

    private Optional<Match> findOne(String name, String resourceGroup, Region region, boolean required) {
        List<Region> regions = searchRegions(region);
        ListOptions options = ListOptions.builder().resourceGroup(resourceGroup).build();
        List<Match> matches = new ArrayList<>();
        Set<String> otherNames = new LinkedHashSet<>();
        PageIterator pages = new PageIterator(regions, options);
        while (pages.hasNext()) {
            Workspace candidate = pages.next();
            if (candidate.name().equals(name)) {
                matches.add(new Match(candidate, pages.currentRegion()));
            } else {
                otherNames.add(candidate.name());
            }
        }
        String where = (resourceGroup == null ? "" : " in resource group " + resourceGroup)
                + " (searched " + describe(regions) + ")";
        if (matches.size() > 1) {
            StringBuilder list = new StringBuilder();
            for (Match match : matches) {
                Workspace w = match.workspace();
                list.append("\n  - ").append(w.id()).append(" (location ").append(w.location())
                        .append(", resource group ").append(w.resourceGroup().isEmpty() ? "none" : w.resourceGroup())
                        .append(")");
            }
            throw new SchematicsException(Problem.AMBIGUOUS, matches.size() + " workspaces are named '" + name + "'"
                    + where + "; give the workspace id, or narrow with region or resourceGroup:" + list, 0, null,
                    null, null, null);
        }
        if (matches.isEmpty()) {
            if (!required) {
                return Optional.empty();
            }
            List<String> close = NameSuggestions.closeTo(name, otherNames);
            throw new SchematicsException(Problem.NOT_FOUND, "no workspace is named '" + name + "'" + where
                    + (close.isEmpty() ? "; names are exact and case-sensitive"
                            : "; did you mean " + String.join(", ", close.stream().map(n -> "'" + n + "'").toList())
                                    + "?"), 0, null, null, null, null);
        }
        return Optional.of(matches.get(0));
    }

    /** Returns the endpoint region for an id: the one given, else the id's location, else US (the API's default). */
    private Region endpointFor(String id, Region region) {
        if (region != null) {
            return region;
        }
        return Region.ofWorkspaceId(id).orElse(Region.US);
    }

    private List<Region> searchRegions(Region region) {
        if (region != null) {
            return List.of(region);
        }
        // A fixed endpoint serves every region: one search there, not four of the same.
        return endpoints.schematicsIsFixed() ? List.of(Region.SEARCH_ORDER.get(0)) : Region.SEARCH_ORDER;
    }

    private String describe(List<Region> regions) {
        return endpoints.schematicsIsFixed() ? endpoints.schematics() : String.join(", ",
                regions.stream().map(Region::id).toList());
    }

    private HttpUrl base(Region region) {
        return endpoints.schematics(region);
    }

    /** Pages through {@code GET /v1/workspaces} region by region, one request per page, only when needed. */
    private final class PageIterator implements Iterator<Workspace> {
        private final Deque<Region> regions;
        private final ListOptions options;
        private Iterator<Workspace> buffer = Collections.emptyIterator();
        private Region region;
        private long offset;
        private boolean regionDone = true;

        PageIterator(List<Region> regions, ListOptions options) {
            this.regions = new ArrayDeque<>(regions);
            this.options = options;
        }

        Region currentRegion() {
            return region;
        }

        @Override
        public boolean hasNext() {
            while (!buffer.hasNext()) {
                if (regionDone) {
                    if (regions.isEmpty()) {
                        return false;
                    }
                    region = regions.poll();
                    offset = 0;
                    regionDone = false;
                }
                fetch();
            }
            return true;
        }

        @Override
        public Workspace next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.next();
        }

        private void fetch() {
            HttpUrl.Builder url = base(region).newBuilder().addPathSegments("v1/workspaces")
                    .addQueryParameter("offset", Long.toString(offset))
                    .addQueryParameter("limit", Integer.toString(options.pageSize()));
            if (options.resourceGroup() != null) {
                url.addQueryParameter("resource_group", options.resourceGroup());
            }
            SchematicsErrors errors = new SchematicsErrors("listing workspaces in region " + region, null, region);
            WorkspaceJson.Page page = get(url.build(), region, errors, body -> {
                WorkspaceJson.Page parsed = Json.MAPPER.readValue(body, WorkspaceJson.Page.class);
                if (parsed == null || parsed.workspaces == null) {
                    throw new MissingFieldException("workspaces");
                }
                return parsed;
            });
            List<Workspace> workspaces = new ArrayList<>(page.workspaces.size());
            for (WorkspaceJson json : page.workspaces) {
                if (json != null) {
                    workspaces.add(json.toWorkspace());
                }
            }
            int received = page.workspaces.size();
            offset += received;
            regionDone = received < options.pageSize() || (page.count != null && offset >= page.count);
            buffer = workspaces.iterator();
        }
    }

    /** Builds a {@link SchematicsClient}. */
    public static final class Builder {
        private Endpoints endpoints = Endpoints.publicEndpoints();
        private HttpCaller http;
        private BearerAuth auth;

        private Builder() {
        }

        public Builder endpoints(Endpoints value) {
            endpoints = Objects.requireNonNull(value, "endpoints");
            return this;
        }

        /** Sets the HTTP caller (shared with the IAM client of the same session). */
        public Builder http(HttpCaller value) {
            http = Objects.requireNonNull(value, "http");
            return this;
        }

        /** Sets where bearer tokens come from, usually {@code TokenManager.bearerAuth()}. */
        public Builder auth(BearerAuth value) {
            auth = Objects.requireNonNull(value, "auth");
            return this;
        }

        public SchematicsClient build() {
            if (http == null || auth == null) {
                throw new IllegalStateException("SchematicsClient needs http(…) and auth(…); use IbmCloud.workspaces()");
            }
            return new SchematicsClient(this);
        }
    }
}
