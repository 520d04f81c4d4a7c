package io.buildsite.assemble;

import io.buildsite.render.TocEntry;
import io.buildsite.text.CountedWords;
import io.buildsite.text.Slugify;
import io.buildsite.text.WordCounts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of one searchable page, as written (lower-cased), grouped by the term they fold to: group
 * {@code g} is term {@code terms[g]}, spelled as {@code spellings[groupStart[g] .. groupStart[g + 1])}, with
 * weight {@code termWeights[g]}: 10 per use in the title, 4 per use in the page's address or a heading, 1 per
 * use in the text.
 * Grouping happens once per page version, so building the site's index only walks the groups.
 */
record DocTerms(String[] spellings, String[] terms, int[] groupStart, int[] termWeights) {
    static final int TITLE_WEIGHT = 10;
    static final int HEADING_WEIGHT = 4;
    static final int ADDRESS_WEIGHT = 4;
    /** Latin letters and digits once folded: what Vietnamese and English words become. */
    private static final Pattern INDEXABLE = Pattern.compile("[a-z0-9]{2,}");

    /**
     * The terms of a page whose whole text is {@code text}. Spellings are in sorted order, so an index
     * built from these is the same on every run; those that fold to nothing indexable are left out.
     */
    static DocTerms of(String title, List<TocEntry> headings, String text) {
        return of(title, "", headings, null, CountedWords.of(text));
    }

    /**
     * The terms of a page whose text is {@code extra} (a description, or null) followed by a body whose
     * words were counted when it was rendered, and whose address holds the words {@code address}. The body's words come sorted, so the few words of the
     * title, headings and description are merged into them rather than all sorted again.
     */
    static DocTerms of(String title, String address, List<TocEntry> headings, String extra, CountedWords body) {
        WordCounts own = new WordCounts();
        own.count(extra, 1);
        own.count(title, TITLE_WEIGHT);
        own.count(address, ADDRESS_WEIGHT);
        for (TocEntry heading : headings) {
            own.count(heading.title(), HEADING_WEIGHT);
        }
        CountedWords page = own.counted();
        int n = body.size() + page.size();
        String[] spellings = new String[n];
        int[] weights = new int[n];
        int size = 0;
        int b = 0;
        int p = 0;
        while (b < body.size() || p < page.size()) {
            int order = b == body.size() ? 1 : p == page.size() ? -1 : body.word(b).compareTo(page.word(p));
            if (order <= 0) {
                spellings[size] = body.word(b);
                weights[size] = body.count(b++);
                if (order == 0) {
                    weights[size] += page.count(p++);
                }
            } else {
                spellings[size] = page.word(p);
                weights[size] = page.count(p++);
            }
            size++;
        }
        return grouped(spellings, weights, size);
    }

    /**
     * The groups of {@code size} distinct spellings in sorted order with their weights: each indexable
     * spelling's term found once (cached across pages), the distinct terms sorted once (so a term's group
     * is found by binary search), and each group's spellings kept in their sorted order.
     */
    private static DocTerms grouped(String[] spellings, int[] weights, int size) {
        HashMap<String, int[]> groupOf = new HashMap<>(size * 2);
        int[] next = new int[size];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            String term = indexableTerm(spellings[i]);
            if (term == null) {
                continue;
            }
            kept++;
            next[i] = -1;
            int[] group = groupOf.get(term);
            if (group == null) {
                // {first spelling, last spelling, weight}
                groupOf.put(term, new int[] {i, i, weights[i]});
            } else {
                next[group[1]] = i;
                group[1] = i;
                group[2] += weights[i];
            }
        }
        String[] terms = groupOf.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        int[] starts = new int[terms.length + 1];
        int[] termWeights = new int[terms.length];
        String[] out = new String[kept];
        int o = 0;
        for (int g = 0; g < terms.length; g++) {
            int[] group = groupOf.get(terms[g]);
            starts[g] = o;
            termWeights[g] = group[2];
            for (int i = group[0]; i >= 0; i = next[i]) {
                out[o++] = spellings[i];
            }
        }
        starts[terms.length] = o;
        return new DocTerms(out, terms, starts, termWeights);
    }

    /** The term a spelling folds to, or null when that is nothing indexable; cached as {@link #folded} is. */
    private static String indexableTerm(String spelling) {
        String term = TERMS.get(spelling);
        if (term == null) {
            String fold = folded(spelling);
            term = INDEXABLE.matcher(fold).matches() ? fold : NOT_INDEXABLE;
            if (TERMS.size() < FOLDS_KEPT) {
                TERMS.put(spelling, term);
            }
        }
        return term == NOT_INDEXABLE ? null : term;
    }

    /** Stands for "folds to nothing indexable" in {@link #TERMS}; compared by identity. */
    private static final String NOT_INDEXABLE = new String("");
    private static final ConcurrentHashMap<String, String> TERMS = new ConcurrentHashMap<>();

    /**
     * {@link Slugify#fold} of a spelling, kept for the pages after: pages share most of
     * their words, and folding (Unicode decomposition, then a pattern) was a tenth of indexing a site.
     * Up to {@link #FOLDS_KEPT} spellings are kept, a few MiB.
     */
    static String folded(String spelling) {
        String fold = FOLDS.get(spelling);
        if (fold == null) {
            fold = Slugify.fold(spelling);
            if (FOLDS.size() < FOLDS_KEPT) {
                FOLDS.put(spelling, fold);
            }
        }
        return fold;
    }

    private static final int FOLDS_KEPT = 100_000;
    private static final ConcurrentHashMap<String, String> FOLDS = new ConcurrentHashMap<>();

    /** The group of {@code term}, or a negative number when this page does not use it. */
    int group(String term) {
        return Arrays.binarySearch(terms, term);
    }

    /** Whether group {@code g} here and group {@code h} of {@code other} hold the same spellings. */
    boolean sameSpellings(int g, DocTerms other, int h) {
        return Arrays.equals(spellings, groupStart[g], groupStart[g + 1],
                other.spellings, other.groupStart[h], other.groupStart[h + 1]);
    }

}
