package io.github.schematicsci.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFileTest {
    private static Map<String, String> sample() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("schematics.workspace.name", "app one");
        map.put("schematics.output.motd", "Grüße = hello: #1\nsecond line");
        map.put("schematics.output.ports", "[80,443]");
        map.put("schematics.output.path", "C:\\temp\\x");
        map.put("schematics.output.lead", "  padded");
        map.put("schematics.output.bang", "!important");
        map.put("schematics.output.empty", "");
        map.put("schematics.a", "first");
        map.put("key with=odd:chars", "v");
        return map;
    }

    @Test
    void writesSortedKeysWithUnixLineEndingsAndNoTimestamp() {
        String text = PropertiesFile.format(sample());

        assertThat(text).doesNotContain("\r").doesNotStartWith("#").endsWith("\n");
        assertThat(text.lines()).hasSize(9).isSorted();
        assertThat(text.lines().findFirst()).hasValue("key\\ with\\=odd\\:chars=v");
        assertThat(text).contains("schematics.output.ports=[80,443]\n")
                .contains("schematics.output.empty=\n")
                .contains("schematics.workspace.name=app one\n");
    }

    @Test
    void isPlainAsciiAndReadsBackTheSameAsIso88591AndAsUtf8() throws IOException {
        String text = PropertiesFile.format(sample());
        assertThat(text.chars()).allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n');
        assertThat(text).contains("Gr\\u00fc\\u00dfe");

        Properties asIso = new Properties();
        asIso.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Properties asReader = new Properties();
        asReader.load(new StringReader(text));

        Map<String, String> expected = sample();
        assertThat(asIso).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(asReader).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void sameInputGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a/workspace.properties");
        Path second = dir.resolve("b/workspace.properties");
        PropertiesFile.write(first, sample());
        List<Map.Entry<String, String>> entries = new ArrayList<>(sample().entrySet());
        Collections.reverse(entries);
        Map<String, String> reversed = new LinkedHashMap<>();
        entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
        PropertiesFile.write(second, reversed);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }
}
