package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schematicsci.core.IbmCloudException;
import io.github.schematicsci.core.Problem;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    /** A core exception as any API family would throw it. */
    private static final class TestCloudException extends IbmCloudException {
        private static final long serialVersionUID = 1L;

        TestCloudException(Problem problem, String message, String code, String requestId) {
            super(problem, message, 404, code, requestId, null);
        }
    }

    @Test
    void whatTheUserCanFixIsABuildFailure() {
        TestCloudException notFound = new TestCloudException(Problem.NOT_FOUND,
                "workspace x not found in us-south", "M1001", "req-1");

        AbstractMojoExecutionException mapped = Failures.toMojoException(notFound);

        assertThat(mapped).isInstanceOf(MojoFailureException.class)
                .hasMessage("workspace x not found in us-south [M1001] (request id req-1)")
                .hasCause(notFound);
    }

    @Test
    void serviceAndNetworkProblemsAreBuildErrors() {
        TestCloudException unavailable = new TestCloudException(Problem.SERVICE_UNAVAILABLE,
                "Schematics answered 503 (request id req-2)", null, "req-2");

        assertThat(Failures.toMojoException(unavailable)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Schematics answered 503 (request id req-2)")
                .hasCause(unavailable);
    }

    @Test
    void badInputIsABuildFailureWithItsOwnMessage() {
        IllegalArgumentException bad = new IllegalArgumentException("region 'mars' is unknown");

        assertThat(Failures.toMojoException(bad)).isInstanceOf(MojoFailureException.class)
                .hasMessage("region 'mars' is unknown").hasCause(bad);
        assertThat(Failures.toMojoException(new IllegalStateException())).isInstanceOf(MojoExecutionException.class)
                .hasMessage("java.lang.IllegalStateException");
    }

    @Test
    void rethrowThrowsTheMappedType() {
        assertThatThrownBy(() -> Failures.rethrow(new IllegalArgumentException("x")))
                .isInstanceOf(MojoFailureException.class);
        assertThatThrownBy(() -> Failures.rethrow(new TestCloudException(Problem.NETWORK, "reset", null, null)))
                .isInstanceOf(MojoExecutionException.class).hasMessage("reset");
    }
}
