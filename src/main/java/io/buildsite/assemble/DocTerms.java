package io.buildsite.assemble;

import io.buildsite.render.TocEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one searchable page, as written (lower-cased), each with its weight: 10 per use in the
 * title, 4 per use in a heading, 1 per use in the text. Folding happens once per distinct spelling when
 * the index is built, not once per word.
 */
record DocTerms(String[] spellings, String[] folded, int[] weights) {
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
        java.util.List<String> kept = new java.util.ArrayList<>(weights.size());
        java.util.List<String> folds = new java.util.ArrayList<>(weights.size());
        for (String spelling : new java.util.TreeSet<>(weights.keySet())) {
            String fold = io.buildsite.text.Slugify.fold(spelling);
            if (INDEXABLE.matcher(fold).matches()) {
                kept.add(spelling);
                folds.add(fold);
            }
        }
        int[] counts = new int[kept.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = weights.get(kept.get(i));
        }
        return new DocTerms(kept.toArray(String[]::new), folds.toArray(String[]::new), counts);
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
