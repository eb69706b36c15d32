package io.github.schematicsci.core.config;

import io.github.schematicsci.core.iam.Credential;

/**
 * The credential a build uses and where it came from, e.g. {@code environment variable IBMCLOUD_API_KEY}.
 * {@link #toString()} shows the source and the fingerprint only.
 */
public record ResolvedCredential(Credential credential, String source) {
    @Override
    public String toString() {
        return credential.kind().label() + " " + credential.fingerprint() + " from " + source;
    }
}
