package io.github.schematicsci.core;

import io.github.schematicsci.core.internal.Urls;
import io.github.schematicsci.core.workspace.Region;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The three IBM Cloud endpoints core calls: IAM (tokens), Accounts, and Schematics.
 *
 * <p>The Schematics endpoint is either a template containing {@code {region}} (the public default
 * {@code https://{region}.schematics.cloud.ibm.com}, the private {@code https://private-{region}.schematics.cloud.ibm.com},
 * or the emulator's) or a fixed URL that every region goes to. Every URL must be HTTPS, except to a loopback host.
 * Immutable.
 */
public final class Endpoints {
    public static final String PUBLIC_IAM = "https://iam.cloud.ibm.com";
    public static final String PUBLIC_ACCOUNTS = "https://accounts.cloud.ibm.com";
    public static final String PUBLIC_SCHEMATICS = "https://{region}.schematics.cloud.ibm.com";
    public static final String PRIVATE_IAM = "https://private.iam.cloud.ibm.com";
    public static final String PRIVATE_ACCOUNTS = "https://private.us-south.accounts.cloud.ibm.com";
    public static final String PRIVATE_SCHEMATICS = "https://private-{region}.schematics.cloud.ibm.com";

    /** Environment variable overriding the IAM endpoint (the IBM Cloud CLI's and Terraform provider's name). */
    public static final String ENV_IAM = "IBMCLOUD_IAM_API_ENDPOINT";
    /** Environment variable overriding the Schematics endpoint (fixed URL or {@code {region}} template). */
    public static final String ENV_SCHEMATICS = "IBMCLOUD_SCHEMATICS_API_ENDPOINT";
    /** Environment variable overriding the Accounts endpoint. */
    public static final String ENV_ACCOUNTS = "IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT";

    private static final String PLACEHOLDER = "{region}";

    private final HttpUrl iam;
    private final HttpUrl accounts;
    private final String schematics;
    private final Map<Region, HttpUrl> schematicsByRegion = new EnumMap<>(Region.class);

    private Endpoints(Builder builder) {
        this.iam = builder.iam;
        this.accounts = builder.accounts;
        this.schematics = builder.schematics;
        for (Region region : Region.values()) {
            schematicsByRegion.put(region, HttpUrl.get(schematics.replace(PLACEHOLDER, region.id())));
        }
    }

    private static final Endpoints PUBLIC = new Builder().build();
    private static final Endpoints PRIVATE = new Builder().iam(PRIVATE_IAM).accounts(PRIVATE_ACCOUNTS)
            .schematics(PRIVATE_SCHEMATICS).build();

    /** Returns the public IBM Cloud endpoints. */
    public static Endpoints publicEndpoints() {
        return PUBLIC;
    }

    /** Returns the private (VPC / Direct Link) IBM Cloud endpoints. */
    public static Endpoints privateEndpoints() {
        return PRIVATE;
    }

    /** Returns a builder starting from the public endpoints. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    /** Returns the IAM base URL (the token endpoint is {@code /identity/token} below it). */
    public HttpUrl iam() {
        return iam;
    }

    /** Returns the Accounts base URL (accounts are listed at {@code /coe/v2/accounts} below it). */
    public HttpUrl accounts() {
        return accounts;
    }

    /** Returns the Schematics endpoint as configured: a {@code {region}} template or a fixed URL. */
    public String schematics() {
        return schematics;
    }

    /** Returns true when the Schematics endpoint is one fixed URL for every region. */
    public boolean schematicsIsFixed() {
        return !schematics.contains(PLACEHOLDER);
    }

    /** Returns the Schematics base URL for {@code region} (below it: {@code /v1/workspaces}). */
    public HttpUrl schematics(Region region) {
        return schematicsByRegion.get(region);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoints e && iam.equals(e.iam) && accounts.equals(e.accounts)
                && schematics.equals(e.schematics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(iam, accounts, schematics);
    }

    @Override
    public String toString() {
        return "Endpoints{iam=" + iam + ", accounts=" + accounts + ", schematics=" + schematics + "}";
    }

    /** Builds {@link Endpoints}; each setter validates at once and names the setting in its error. */
    public static final class Builder {
        private HttpUrl iam = HttpUrl.get(PUBLIC_IAM);
        private HttpUrl accounts = HttpUrl.get(PUBLIC_ACCOUNTS);
        private String schematics = PUBLIC_SCHEMATICS;

        private Builder() {
        }

        private Builder(Endpoints endpoints) {
            iam = endpoints.iam;
            accounts = endpoints.accounts;
            schematics = endpoints.schematics;
        }

        /** Sets the IAM base URL; a trailing {@code /identity/token} is accepted and removed. */
        public Builder iam(String url) {
            String base = url == null ? null : url.strip().replaceFirst("/identity/token/?$", "");
            this.iam = Urls.requireEndpoint("iamUrl", base);
            return this;
        }

        /** Sets the Accounts base URL; a trailing {@code /coe/v2/accounts} is accepted and removed. */
        public Builder accounts(String url) {
            String base = url == null ? null : url.strip().replaceFirst("/coe/v2/accounts/?$", "");
            this.accounts = Urls.requireEndpoint("accountsUrl", base);
            return this;
        }

        /**
         * Sets the Schematics endpoint: a fixed URL, or a template where {@code {region}} stands for the region name
         * (e.g. {@code https://private-{region}.schematics.cloud.ibm.com}). A trailing {@code /v1} or slash is removed.
         */
        public Builder schematics(String urlOrTemplate) {
            if (urlOrTemplate == null || urlOrTemplate.isBlank()) {
                throw new IllegalArgumentException("schematicsUrl is empty: give a URL such as "
                        + PUBLIC_SCHEMATICS + " or a fixed https:// URL");
            }
            String value = urlOrTemplate.strip().replaceFirst("/v1/?$", "").replaceFirst("/$", "");
            String withoutPlaceholder = value.replace(PLACEHOLDER, "");
            if (withoutPlaceholder.contains("{") || withoutPlaceholder.contains("}")) {
                throw new IllegalArgumentException("schematicsUrl '" + value
                        + "' has a placeholder other than {region}: write {region} exactly, e.g. " + PRIVATE_SCHEMATICS);
            }
            Urls.requireEndpoint("schematicsUrl", value.replace(PLACEHOLDER, Region.US_SOUTH.id()));
            this.schematics = value;
            return this;
        }

        /**
         * Applies the overrides found in {@code environment}: {@code IBMCLOUD_IAM_API_ENDPOINT},
         * {@code IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT} and {@code IBMCLOUD_SCHEMATICS_API_ENDPOINT}. Blank values are
         * ignored.
         */
        public Builder fromEnvironment(Map<String, String> environment) {
            String iamValue = environment.get(ENV_IAM);
            if (iamValue != null && !iamValue.isBlank()) {
                iam(iamValue);
            }
            String accountsValue = environment.get(ENV_ACCOUNTS);
            if (accountsValue != null && !accountsValue.isBlank()) {
                accounts(accountsValue);
            }
            String schematicsValue = environment.get(ENV_SCHEMATICS);
            if (schematicsValue != null && !schematicsValue.isBlank()) {
                schematics(schematicsValue);
            }
            return this;
        }

        public Endpoints build() {
            return new Endpoints(this);
        }
    }
}
