package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class NameFilterTest {
    private static final List<String> NAMES =
            List.of("app-one", "App-Two", "data (v1.2)+", "data-v1x2", "shared-net", "a.b");

    private static List<String> matching(String filter) {
        Predicate<String> predicate = NameFilter.of(filter);
        return NAMES.stream().filter(predicate).toList();
    }

    @Test
    void withoutWildcardsMatchesASubstringIgnoringCase() {
        assertThat(matching("app")).containsExactly("app-one", "App-Two");
        assertThat(matching("NET")).containsExactly("shared-net");
    }

    @Test
    void regexCharactersAreLiteral() {
        assertThat(matching("(v1.2)+")).containsExactly("data (v1.2)+");
        assertThat(matching("v1.2")).containsExactly("data (v1.2)+");
        assertThat(matching("a.b")).containsExactly("a.b");
        assertThat(matching("[")).isEmpty();
        assertThat(matching("data (v1.?)+")).containsExactly("data (v1.2)+");
    }

    @Test
    void globMatchesTheWholeName() {
        assertThat(matching("app-*")).containsExactly("app-one", "App-Two");
        assertThat(matching("*net")).containsExactly("shared-net");
        assertThat(matching("net*")).isEmpty();
        assertThat(matching("data?v1x2")).containsExactly("data-v1x2");
        assertThat(matching("data*")).containsExactly("data (v1.2)+", "data-v1x2");
    }

    @Test
    void blankMatchesEverything() {
        assertThat(matching(null)).isEqualTo(NAMES);
        assertThat(matching("  ")).isEqualTo(NAMES);
    }
}
