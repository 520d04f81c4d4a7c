package io.buildsite.assemble;

import io.buildsite.render.TocEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one searchable page, as written (lower-cased), grouped by the term they fold to: group
 * {@code g} is term {@code terms[g]}, spelled as {@code spellings[groupStart[g] .. groupStart[g + 1])}, with
 * weight {@code termWeights[g]}: 10 per use in the title, 4 per use in a heading, 1 per use in the text.
 * Grouping happens once per page version, so building the site's index only walks the groups.
 */
record DocTerms(String[] spellings, String[] terms, int[] groupStart, int[] termWeights) {
    static final int TITLE_WEIGHT = 10;
    static final int HEADING_WEIGHT = 4;
    /** Latin letters and digits once folded: what Vietnamese and English words become. */
    private static final java.util.regex.Pattern INDEXABLE = java.util.regex.Pattern.compile("[a-z0-9]{2,}");

    /**
     * Counts the words and folds each distinct spelling once. Spellings are in sorted order, so an index
     * built from these is the same on every run; those that fold to nothing indexable are left out.
     */
    static DocTerms of(String title, List<TocEntry> headings, String text) {
        Map<String, Integer> weights = new HashMap<>();
        count(title, TITLE_WEIGHT, weights);
        for (TocEntry heading : headings) {
            count(heading.title(), HEADING_WEIGHT, weights);
        }
        count(text, 1, weights);
        // Terms in the order of their first spelling; each term's spellings in sorted order.
        Map<String, java.util.List<String>> groups = new java.util.LinkedHashMap<>();
        for (String spelling : new java.util.TreeSet<>(weights.keySet())) {
            String fold = io.buildsite.text.Slugify.fold(spelling);
            if (INDEXABLE.matcher(fold).matches()) {
                groups.computeIfAbsent(fold, k -> new java.util.ArrayList<>()).add(spelling);
            }
        }
        String[] terms = new String[groups.size()];
        int[] starts = new int[groups.size() + 1];
        int[] termWeights = new int[groups.size()];
        java.util.List<String> spellings = new java.util.ArrayList<>(weights.size());
        int g = 0;
        for (Map.Entry<String, java.util.List<String>> group : groups.entrySet()) {
            terms[g] = group.getKey();
            starts[g] = spellings.size();
            for (String spelling : group.getValue()) {
                spellings.add(spelling);
                termWeights[g] += weights.get(spelling);
            }
            g++;
        }
        starts[g] = spellings.size();
        return new DocTerms(spellings.toArray(String[]::new), terms, starts, termWeights);
    }

    /** Words are runs of letters and digits; a hand-written scan, as this runs over every page's text. */
    private static void count(String text, int weight, Map<String, Integer> weights) {
        if (text == null) {
            return;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= 2) {
                weights.merge(text.substring(start, i).toLowerCase(Locale.ROOT), weight, Integer::sum);
            }
        }
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }
}
