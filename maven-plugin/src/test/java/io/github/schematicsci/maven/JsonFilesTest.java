package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFilesTest {
    @Test
    void indentsWithUnixLineEndingsAndEndsWithANewline() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1, 2));
        value.put("a", Map.of("x", "ü"));

        assertThat(JsonFiles.format(value)).isEqualTo(
                "{\n  \"b\" : [\n    1,\n    2\n  ],\n  \"a\" : {\n    \"x\" : \"ü\"\n  }\n}\n");
    }
}
