package io.github.schematicsci.core.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds names close to a mistyped one: same letters in another case, or a few edits away. */
final class NameSuggestions {
    private static final int MAX_SUGGESTIONS = 5;

    private NameSuggestions() {
    }

    /** Returns up to 5 names from {@code candidates} close to {@code wanted}, the closest first. */
    static List<String> closeTo(String wanted, Collection<String> candidates) {
        String target = wanted.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, wanted.length() / 4));
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty() || !seen.add(candidate)) {
                continue;
            }
            int distance = distance(target, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(MAX_SUGGESTIONS).map(Scored::name).toList();
    }

    /** Levenshtein distance, stopping early when it cannot be small. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
