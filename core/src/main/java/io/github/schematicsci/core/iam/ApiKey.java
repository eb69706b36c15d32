package io.github.schematicsci.core.iam;

import okhttp3.FormBody;

/**
 * An IBM Cloud API key (user or service id). Bound to one account: its token carries the account, so no account
 * needs choosing and none can be switched to.
 */
public final class ApiKey extends Credential {
    static final String GRANT_TYPE = "urn:ibm:params:oauth:grant-type:apikey";

    private final String value;

    private ApiKey(String value) {
        super("apikey", value);
        this.value = value;
    }

    /**
     * Returns the API key {@code value}.
     *
     * @throws IllegalArgumentException when it is empty, blank, padded with whitespace or contains a line break or
     *     a control character; the message names {@code apiKey} and never contains the value
     */
    public static ApiKey of(String value) {
        String what = "give the API key exactly as IBM Cloud showed it (printable characters, no spaces); "
                + "create one with 'ibmcloud iam api-key-create' or at https://cloud.ibm.com/iam/apikeys";
        String checked = requireSecret("apiKey", value, what);
        if (checked.contains(" ")) {
            throw new IllegalArgumentException("apiKey contains a space: " + what);
        }
        return new ApiKey(checked);
    }

    @Override
    public Kind kind() {
        return Kind.API_KEY;
    }

    @Override
    String grantType() {
        return GRANT_TYPE;
    }

    @Override
    void addGrantFields(FormBody.Builder form) {
        form.add("apikey", value);
    }

    @Override
    String[] secrets() {
        return new String[] {value};
    }
}
