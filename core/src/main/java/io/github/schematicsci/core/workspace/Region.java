package io.github.schematicsci.core.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Schematics location ({@code us-south}, {@code eu-de}, …) or geography ({@code us}, {@code eu}).
 *
 * <p>Schematics picks the region by host only: a workspace read through another region's endpoint answers 404
 * M1001. A workspace id starts with its location ({@code us-east.workspace.name.1a2b3c4d}), so the endpoint for an
 * id is {@link #ofWorkspaceId(String)}. A geography endpoint serves the locations it contains.
 */
public enum Region {
    US_SOUTH("us-south", "us", "Dallas"),
    US_EAST("us-east", "us", "Washington"),
    EU_DE("eu-de", "eu", "Frankfurt"),
    EU_GB("eu-gb", "eu", "London"),
    CA_TOR("ca-tor", "ca-tor", "Toronto"),
    CA_MON("ca-mon", "ca-mon", "Montreal"),
    US("us", "us", "North America geography"),
    EU("eu", "eu", "Europe geography");

    /** The endpoints to search when no region is given: each geography, and the Canadian locations. */
    public static final List<Region> SEARCH_ORDER = List.of(US, EU, CA_TOR, CA_MON);

    private final String id;
    private final String geography;
    private final String description;

    Region(String id, String geography, String description) {
        this.id = id;
        this.geography = geography;
        this.description = description;
    }

    /** Returns the region's name as used in endpoints and workspace ids, e.g. {@code us-south}. */
    public String id() {
        return id;
    }

    /** Returns a human description, e.g. {@code Dallas}. */
    public String description() {
        return description;
    }

    /** Returns true for {@code us} and {@code eu}, the endpoints that serve several locations. */
    public boolean isGeography() {
        return this == US || this == EU;
    }

    /** Returns the endpoint region that serves this location when searching: its geography, or itself. */
    public Region searchEndpoint() {
        return of(geography);
    }

    /** Returns true when this region's endpoint serves workspaces located in {@code location}. */
    public boolean serves(Region location) {
        return this == location || (isGeography() && location.geography.equals(id));
    }

    /**
     * Returns the region named {@code name} (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the valid regions when {@code name} is not one
     */
    public static Region of(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("region '" + (name == null ? "" : name.strip())
                + "' is not a Schematics region: use one of " + validNames()));
    }

    /** Returns the region named {@code name}, or empty when it is not one. */
    public static Optional<Region> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Region region : values()) {
            if (region.id.equals(wanted)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the location a workspace id starts with ({@code us-east.workspace.x.1a2b3c4d} → {@code us-east}), or
     * empty for ids without one (pre-regional ids such as {@code name-0353ce37-3748-4c}).
     */
    public static Optional<Region> ofWorkspaceId(String workspaceId) {
        if (workspaceId == null) {
            return Optional.empty();
        }
        int dot = workspaceId.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return parse(workspaceId.substring(0, dot)).filter(region -> !region.isGeography());
    }

    /** Returns every region name, comma-separated, for error messages. */
    public static String validNames() {
        StringBuilder names = new StringBuilder();
        for (Region region : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(region.id);
        }
        return names.toString();
    }

    @Override
    public String toString() {
        return id;
    }
}
