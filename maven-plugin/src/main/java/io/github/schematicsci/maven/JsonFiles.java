package io.github.schematicsci.maven;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes JSON files reproducibly: two-space indent, {@code \n} line endings on every platform, a final newline,
 * UTF-8, maps in their own (deterministic) order.
 */
final class JsonFiles {
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = JsonMapper.builder().build().writer(printer);
    }

    private JsonFiles() {
    }

    /** Writes {@code value} (maps, lists, strings, numbers, booleans, null) to {@code file}, creating its directory. */
    static void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, format(value), StandardCharsets.UTF_8);
    }

    /** Returns the JSON text for {@code value}, ending with a newline. */
    static String format(Object value) throws IOException {
        return WRITER.writeValueAsString(value) + "\n";
    }
}
