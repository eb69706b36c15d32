package io.github.schematicsci.core.http;

/**
 * Where core reports what it does (token requests, retries, the endpoint chosen for a region). The build plugins pass
 * their own log (Maven's {@code Log}, Jenkins' {@code TaskListener}). Core never passes a secret, a token or a
 * response body to it.
 */
public interface ClientLog {
    /** Discards everything. */
    ClientLog NONE = new ClientLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };

    /** Detail useful when diagnosing (each request, its status, its duration). */
    void debug(String message);

    /** What a build user wants to see by default (a retry, a workspace found in another region). */
    void info(String message);

    /** Something the user should change (a deprecated setting, a near-miss). */
    void warn(String message);
}
