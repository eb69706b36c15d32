package io.github.schematicsci.maven;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns, a header and a dashed rule, for the build log. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; null cells print as empty. */
    TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + header.size());
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null ? "" : cell.replaceAll("[\\r\\n\\t]", " "));
        }
        rows.add(row);
        return this;
    }

    /** Returns the lines: header, rule, rows; trailing spaces trimmed. */
    List<String> lines() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(header, widths));
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        lines.add(line(rule, widths));
        for (List<String> row : rows) {
            lines.add(line(row, widths));
        }
        return lines;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append("  ");
            }
            out.append(cells.get(i));
            out.append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        return out.toString().stripTrailing();
    }
}
