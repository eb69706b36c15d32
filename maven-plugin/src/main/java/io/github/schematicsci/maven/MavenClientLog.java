package io.github.schematicsci.maven;

import io.github.schematicsci.core.http.ClientLog;
import org.apache.maven.plugin.logging.Log;

/** Sends what core reports (requests, retries, regions searched) to the mojo's log. Core never passes a secret. */
final class MavenClientLog implements ClientLog {
    private final Log log;

    MavenClientLog(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
