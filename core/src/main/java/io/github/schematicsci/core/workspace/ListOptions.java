package io.github.schematicsci.core.workspace;

/**
 * What {@link SchematicsClient#list} lists: a region (or every geography), a resource group, and the page size.
 * Immutable.
 */
public final class ListOptions {
    /** The API's largest page: the fewest calls under Schematics' 50 requests per minute. */
    public static final int MAX_PAGE_SIZE = 2000;

    private static final ListOptions ALL = builder().build();

    private final Region region;
    private final String resourceGroup;
    private final int pageSize;

    private ListOptions(Builder builder) {
        this.region = builder.region;
        this.resourceGroup = builder.resourceGroup;
        this.pageSize = builder.pageSize;
    }

    /** Every workspace the token sees, in every geography. */
    public static ListOptions all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Returns the region to list, or null for every geography ({@link Region#SEARCH_ORDER}). */
    public Region region() {
        return region;
    }

    /** Returns the resource group (name or id) to list, or null for all. */
    public String resourceGroup() {
        return resourceGroup;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Builds {@link ListOptions}; setters validate at once. */
    public static final class Builder {
        private Region region;
        private String resourceGroup;
        private int pageSize = MAX_PAGE_SIZE;

        private Builder() {
        }

        public Builder region(Region value) {
            region = value;
            return this;
        }

        /** Sets the region by name; null or blank for every geography. */
        public Builder region(String name) {
            region = name == null || name.isBlank() ? null : Region.of(name);
            return this;
        }

        public Builder resourceGroup(String value) {
            resourceGroup = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /** Sets the page size, 1 to 2000 (default 2000). */
        public Builder pageSize(int value) {
            if (value < 1 || value > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize " + value + " is out of range: use 1 to " + MAX_PAGE_SIZE
                        + " (the Schematics API's limit)");
            }
            pageSize = value;
            return this;
        }

        public ListOptions build() {
            return new ListOptions(this);
        }
    }
}
