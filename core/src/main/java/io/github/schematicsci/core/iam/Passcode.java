package io.github.schematicsci.core.iam;

import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.FormBody;

/**
 * A one-time passcode, from {@code ibmcloud login --sso} or https://iam.cloud.ibm.com/identity/passcode. Single
 * use: core sends it once, then lives on the refresh token it yields; when that dies, a new passcode is needed.
 */
public final class Passcode extends Credential {
    static final String GRANT_TYPE = "urn:ibm:params:oauth:grant-type:passcode";

    private final String value;
    private final AtomicBoolean sent = new AtomicBoolean();

    private Passcode(String value) {
        super("passcode", value);
        this.value = value;
    }

    /**
     * Returns the passcode {@code value}.
     *
     * @throws IllegalArgumentException naming {@code passcode} when it is empty, blank, padded or contains
     *     whitespace; the value is never echoed
     */
    public static Passcode of(String value) {
        String what = "give the one-time passcode shown by 'ibmcloud login --sso' or "
                + "https://iam.cloud.ibm.com/identity/passcode";
        String checked = requireSecret("passcode", value, what);
        if (checked.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("passcode contains whitespace: " + what);
        }
        return new Passcode(checked);
    }

    /** Returns true once this passcode has been sent to IAM; it cannot be sent again. */
    public boolean isUsed() {
        return sent.get();
    }

    @Override
    public Kind kind() {
        return Kind.PASSCODE;
    }

    @Override
    String grantType() {
        return GRANT_TYPE;
    }

    @Override
    void addGrantFields(FormBody.Builder form) {
        if (!sent.compareAndSet(false, true)) {
            throw new IllegalStateException("the one-time passcode " + fingerprint()
                    + " was already sent to IAM and cannot be used again: get a new one with 'ibmcloud login --sso'");
        }
        form.add("passcode", value);
    }

    @Override
    String[] secrets() {
        return new String[] {value};
    }
}
