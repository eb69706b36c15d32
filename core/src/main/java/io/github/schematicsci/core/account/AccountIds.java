package io.github.schematicsci.core.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks IBM Cloud account ids: 32 hexadecimal digits, such as {@code 707977742b81692deed713861fd1a320}. */
public final class AccountIds {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private AccountIds() {
    }

    /**
     * Returns {@code value} stripped and lower-cased when it is an account id.
     *
     * @param parameter the parameter's name, used in the message
     * @throws IllegalArgumentException naming {@code parameter} and the expected shape
     */
    public static String require(String parameter, String value) {
        String id = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(parameter + " '" + (value == null ? "" : value.strip())
                    + "' is not an IBM Cloud account id: give the 32 hexadecimal digits shown by 'ibmcloud account list' "
                    + "(e.g. 707977742b81692deed713861fd1a320)");
        }
        return id;
    }
}
