package io.jenkins.plugins.schematics.service;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameters of the {@code ibmCloudIamToken} binding: the credential, the account, and the names of the two
 * environment variables. Immutable.
 */
public final class TokenParameters {
    /** Default name of the variable holding the IAM access token. */
    public static final String DEFAULT_TOKEN_VARIABLE = "IBMCLOUD_IAM_TOKEN";
    /** Default name of the variable holding the account id. */
    public static final String DEFAULT_ACCOUNT_ID_VARIABLE = "IBMCLOUD_ACCOUNT_ID";

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String credentialsId;
    private final String accountId;
    private final String tokenVariable;
    private final String accountIdVariable;

    /**
     * Creates the parameters; a null or blank variable name means its default, so that a binding saved before a
     * field existed still works.
     */
    public TokenParameters(String credentialsId, String accountId, String tokenVariable, String accountIdVariable) {
        this.credentialsId = credentialsId;
        this.accountId = accountId;
        this.tokenVariable = orDefault(tokenVariable, DEFAULT_TOKEN_VARIABLE);
        this.accountIdVariable = orDefault(accountIdVariable, DEFAULT_ACCOUNT_ID_VARIABLE);
    }

    public String credentialsId() {
        return credentialsId;
    }

    public String accountId() {
        return accountId;
    }

    public String tokenVariable() {
        return tokenVariable;
    }

    public String accountIdVariable() {
        return accountIdVariable;
    }

    /**
     * Returns the variables whose values are secret: the token's. (credentials-binding marks these sensitive in
     * freestyle builds; the account id variable is public.)
     */
    public Set<String> secretVariables() {
        return Set.of(tokenVariable);
    }

    /**
     * Checks the parameters before any request.
     *
     * @throws IllegalArgumentException naming {@code credentialsId}, {@code tokenVariable} or
     *     {@code accountIdVariable} and what would be valid
     */
    public void validate() {
        CredentialKinds.requireId(credentialsId);
        checkVariable("tokenVariable", tokenVariable);
        checkVariable("accountIdVariable", accountIdVariable);
        if (tokenVariable.equals(accountIdVariable)) {
            throw new IllegalArgumentException("tokenVariable and accountIdVariable are both " + tokenVariable
                    + ": give two different names");
        }
    }

    /**
     * Checks an environment variable name for {@code field}.
     *
     * @throws IllegalArgumentException when it is not a portable variable name
     */
    public static void checkVariable(String field, String name) {
        if (name == null || !VARIABLE.matcher(name).matches()) {
            throw new IllegalArgumentException(field + " '" + (name == null ? "" : name) + "' is not a variable name: "
                    + "use letters, digits and '_', not starting with a digit, e.g. "
                    + (field.equals("tokenVariable") ? DEFAULT_TOKEN_VARIABLE : DEFAULT_ACCOUNT_ID_VARIABLE));
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return "TokenParameters{credentialsId=" + credentialsId + ", accountId=" + accountId + ", tokenVariable="
                + tokenVariable + ", accountIdVariable=" + accountIdVariable + "}";
    }
}
