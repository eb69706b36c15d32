package io.github.schematicsci.core.config;

/** No credential was configured in any of the places a build looks. The message lists them. */
public final class CredentialNotFoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CredentialNotFoundException(String message) {
        super(message);
    }
}
