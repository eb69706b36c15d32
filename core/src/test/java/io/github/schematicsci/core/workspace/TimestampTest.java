package io.github.schematicsci.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.core.testing.GuardedTest;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The positional timestamp reader agrees with {@code OffsetDateTime.parse} on every input. */
class TimestampTest extends GuardedTest {
    @ParameterizedTest
    @ValueSource(strings = {"2023-01-03T07:02:38.369965717Z", "2023-01-03T07:02:38Z", "2023-01-03T07:02:38.5Z",
            "0001-01-01T00:00:00Z", "0001-12-31T23:59:59Z", "0002-01-01T00:00:00Z", "2024-02-29T12:00:00Z",
            "2023-02-29T12:00:00Z", "2023-06-01T10:00:00+02:00", "2023-06-01T10:00:00-05:30",
            "2023-06-01T10:00:00.123-05:30", "2023-06-01t10:00:00z", "2023-06-01 10:00:00Z", "2023-06-01T24:00:00Z",
            "2023-13-01T10:00:00Z", "2023-06-01T10:00:00.Z", "2023-06-01T10:00:00.1234567891Z",
            "2023-06-01T10:00:00+19:00", "2023-06-01T10:00:00", "garbage", "", "   ",
            " 2023-06-01T10:00:00Z ", "9999-12-31T23:59:59.999999999Z", "2023-06-01T10:00:00+0200"})
    void agreesWithTheGeneralParser(String text) {
        assertThat(WorkspaceJson.time(text)).isEqualTo(WorkspaceJson.parsedTime(text));
    }

    @Test
    void agreesOnRandomValidTimes() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 253_402_300_799L,
                    random.nextInt(1_000_000_000)).plusSeconds(253_402_300_799L / 2);
            String text = instant.toString();
            assertThat(WorkspaceJson.time(text)).as(text).isEqualTo(WorkspaceJson.parsedTime(text)).isEqualTo(
                    instant.isBefore(Instant.parse("0002-01-01T00:00:00Z")) ? null : instant);
        }
    }

    @Test
    void neverAndAbsentAreEmpty() {
        assertThat(WorkspaceJson.time("0001-01-01T00:00:00Z")).isNull();
        assertThat(WorkspaceJson.time(null)).isNull();
        assertThat(WorkspaceJson.time("2023-01-03T07:02:38.369965717Z"))
                .isEqualTo(Instant.parse("2023-01-03T07:02:38.369965717Z"));
    }
}
