package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Core's log goes to the build calling on the current thread, and nowhere once its scope is closed. */
class BuildLogTest {
    @Test
    void routesToTheInnermostScopeAndRestoresTheOuterOne() {
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (BuildLog.Scope a = BuildLog.to(new PrintStream(outer, true, StandardCharsets.UTF_8))) {
            BuildLog.INSTANCE.info("one");
            try (BuildLog.Scope b = BuildLog.to(new PrintStream(inner, true, StandardCharsets.UTF_8))) {
                BuildLog.INSTANCE.warn("two");
                BuildLog.INSTANCE.debug("dropped");
            }
            BuildLog.INSTANCE.info("three");
        }
        BuildLog.INSTANCE.info("after: nowhere");
        assertThat(outer.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("[IBM Cloud] one", "[IBM Cloud] three");
        assertThat(inner.toString(StandardCharsets.UTF_8).lines()).containsExactly("[IBM Cloud] WARNING: two");
    }

    @Test
    void anotherThreadDoesNotWriteIntoThisBuildsLog() throws InterruptedException {
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        try (BuildLog.Scope scope = BuildLog.to(new PrintStream(mine, true, StandardCharsets.UTF_8))) {
            Thread other = new Thread(() -> BuildLog.INSTANCE.info("from another build"));
            other.start();
            other.join();
        }
        assertThat(mine.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
