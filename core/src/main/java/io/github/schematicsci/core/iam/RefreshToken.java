package io.github.schematicsci.core.iam;

import okhttp3.FormBody;

/** An IAM refresh token (issued to the {@code bx} client) used as the starting credential. */
public final class RefreshToken extends Credential {
    private final String value;

    private RefreshToken(String value) {
        super("refresh_token", value);
        this.value = value;
    }

    /**
     * Returns the refresh token {@code value}.
     *
     * @throws IllegalArgumentException naming {@code refreshToken} when it is empty, blank, padded or contains
     *     whitespace; the value is never echoed
     */
    public static RefreshToken of(String value) {
        String what = "give an IAM refresh token issued to the bx client (e.g. from 'ibmcloud iam oauth-tokens')";
        String checked = requireSecret("refreshToken", value, what);
        if (checked.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("refreshToken contains whitespace: " + what);
        }
        return new RefreshToken(checked);
    }

    @Override
    public Kind kind() {
        return Kind.REFRESH_TOKEN;
    }

    @Override
    String grantType() {
        return "refresh_token";
    }

    @Override
    void addGrantFields(FormBody.Builder form) {
        form.add("refresh_token", value);
    }

    /** Returns the token, for the refresh grant sent by {@link IamClient}. */
    String value() {
        return value;
    }

    @Override
    String[] secrets() {
        return new String[] {value};
    }
}
