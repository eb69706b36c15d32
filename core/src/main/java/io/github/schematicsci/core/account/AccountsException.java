package io.github.schematicsci.core.account;

import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;

/** The Accounts API failed, or no account could be chosen for the credential. */
public final class AccountsException extends IbmCloudException {
    private static final long serialVersionUID = 1L;

    public AccountsException(Problem problem, String message, int status, String code, String requestId,
            Throwable cause) {
        super(problem, message, status, code, requestId, cause);
    }
}
