package io.jenkins.plugins.schematics.service;

import io.github.schematicsci.core.iam.ApiKey;
import io.github.schematicsci.core.iam.Credential;

/**
 * The Jenkins credential types this plugin accepts and what each one means to IAM, with the messages for the ones
 * it cannot use. Kept free of Jenkins types so that the rules and their wording are tested offline; the glue only
 * decides which method applies ({@code instanceof}) and passes the plain values.
 */
public final class CredentialKinds {
    /** The display name of this plugin's own credential type. */
    public static final String API_KEY_TYPE = "IBM Cloud API key";
    /** What a user should pick instead of an unsupported type. */
    public static final String SUPPORTED_TYPES = "an \"" + API_KEY_TYPE + "\", a \"Secret text\" holding an API key, "
            + "or a \"Username with password\" (username apikey and the API key as password, or an IBMid and its "
            + "password)";

    private CredentialKinds() {
    }

    /**
     * Returns the API key held by an "IBM Cloud API key" or a "Secret text" credential.
     *
     * @param typeName the credential type's display name, for the message
     * @throws StepFailure naming the credential and what is wrong with the key (never the key)
     */
    public static Credential apiKey(String credentialsId, String typeName, String apiKey) throws StepFailure {
        try {
            return ApiKey.of(apiKey);
        } catch (IllegalArgumentException e) {
            throw new StepFailure(describe(credentialsId, typeName) + ": " + e.getMessage());
        }
    }

    /**
     * Returns what a "Username with password" credential means: an API key when the username is empty,
     * {@code apikey} or {@code iamapikey}, otherwise an IBMid and its password (as core's
     * {@link Credential#fromUsernameAndPassword} decides for both plugins).
     *
     * @throws StepFailure naming the credential and what is wrong (never the password)
     */
    public static Credential usernamePassword(String credentialsId, String typeName, String username, String password)
            throws StepFailure {
        try {
            return Credential.fromUsernameAndPassword(username, password);
        } catch (IllegalArgumentException e) {
            throw new StepFailure(describe(credentialsId, typeName) + ": " + e.getMessage());
        }
    }

    /** Returns the failure for an id that no credential store the build can see holds. */
    public static StepFailure notFound(String credentialsId) {
        return new StepFailure("credentialsId '" + credentialsId + "': no credential with this id is visible to this "
                + "build (check the id, the folder the credential is stored in, and that the build may use it); "
                + "store " + SUPPORTED_TYPES);
    }

    /** Returns the failure for a credential of a type this plugin cannot use (a certificate, an SSH key…). */
    public static StepFailure unsupported(String credentialsId, String typeName) {
        return new StepFailure(describe(credentialsId, typeName) + " cannot be used for IBM Cloud: use "
                + SUPPORTED_TYPES);
    }

    /**
     * Checks a {@code credentialsId} parameter before anything is looked up.
     *
     * @throws IllegalArgumentException when it is missing or blank
     */
    public static String requireId(String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new IllegalArgumentException("credentialsId is missing: give the id of " + SUPPORTED_TYPES
                    + ", e.g. credentialsId: 'ibm-cloud'");
        }
        return credentialsId.strip();
    }

    private static String describe(String credentialsId, String typeName) {
        return "credential '" + credentialsId + "' (" + typeName + ")";
    }
}
