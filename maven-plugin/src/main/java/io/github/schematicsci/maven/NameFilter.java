package io.github.schematicsci.maven;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A workspace name filter: a glob when it contains {@code *} (any characters) or {@code ?} (one character), matched
 * against the whole name; otherwise a literal substring. Case-insensitive. Every other character is literal, so
 * names with regular-expression characters ({@code .}, {@code (}, {@code [}, {@code +}, {@code $}…) match as written.
 */
final class NameFilter implements Predicate<String> {
    private final String text;
    private final Pattern glob;

    private NameFilter(String text) {
        this.text = text;
        this.glob = text.indexOf('*') >= 0 || text.indexOf('?') >= 0 ? toPattern(text) : null;
    }

    /** Returns the filter for {@code text}; null or blank matches every name. */
    static Predicate<String> of(String text) {
        return text == null || text.isBlank() ? name -> true : new NameFilter(text.strip());
    }

    @Override
    public boolean test(String name) {
        if (name == null) {
            return false;
        }
        return glob != null ? glob.matcher(name).matches()
                : name.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static Pattern toPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return (glob != null ? "glob " : "substring ") + text;
    }
}
