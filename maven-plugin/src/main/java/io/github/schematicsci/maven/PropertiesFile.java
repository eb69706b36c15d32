package io.github.schematicsci.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@code .properties} file reproducibly: keys sorted, {@code \n} line endings, no timestamp comment (which
 * {@link java.util.Properties#store} always adds). Characters outside printable ASCII are written as
 * {@code \}{@code uXXXX} escapes, so the file is plain ASCII (hence valid UTF-8) and reads the same through
 * {@link java.util.Properties#load(java.io.InputStream)} (ISO-8859-1, used by Maven's resource filters) and
 * {@link java.util.Properties#load(java.io.Reader)}.
 */
final class PropertiesFile {
    private PropertiesFile() {
    }

    /** Writes {@code properties} to {@code file}, creating its directory. */
    static void write(Path file, Map<String, String> properties) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, format(properties), StandardCharsets.UTF_8);
    }

    /** Returns the file's content for {@code properties}. */
    static String format(Map<String, String> properties) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : new TreeMap<>(properties).entrySet()) {
            escape(entry.getKey(), true, out);
            out.append('=');
            escape(entry.getValue() == null ? "" : entry.getValue(), false, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void escape(String text, boolean isKey, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(isKey || i == 0 ? "\\" : "").append(c);
                case ' ' -> out.append(isKey || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
