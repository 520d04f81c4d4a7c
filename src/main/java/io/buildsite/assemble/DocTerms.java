package io.buildsite.assemble;

import io.buildsite.render.TocEntry;

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
        WordCounts weights = new WordCounts();
        count(title, TITLE_WEIGHT, weights);
        for (TocEntry heading : headings) {
            count(heading.title(), HEADING_WEIGHT, weights);
        }
        count(text, 1, weights);
        // Terms in sorted order, so a term's group is found by binary search; each term's spellings in
        // sorted order (the order of groups within a page makes no difference to the index).
        Map<String, java.util.List<String>> groups = new java.util.TreeMap<>();
        for (String spelling : weights.sortedWords()) {
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

    /** The group of {@code term}, or a negative number when this page does not use it. */
    int group(String term) {
        return java.util.Arrays.binarySearch(terms, term);
    }

    /** Whether group {@code g} here and group {@code h} of {@code other} hold the same spellings. */
    boolean sameSpellings(int g, DocTerms other, int h) {
        return java.util.Arrays.equals(spellings, groupStart[g], groupStart[g + 1],
                other.spellings, other.groupStart[h], other.groupStart[h + 1]);
    }

    /** Words are runs of letters and digits; a hand-written scan, as this runs over every page's text. */
    private static void count(String text, int weight, WordCounts weights) {
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
                weights.add(text, start, i, weight);
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

    /**
     * Weight per lower-cased word, counted straight from the text: no string per occurrence, only one
     * per distinct word. Lower-cases char by char, which is what {@code toLowerCase(Locale.ROOT)} does
     * except for a few letters (dotted capital I, capital sigma, characters beyond the BMP): words with
     * those take that slower, exact way.
     */
    static final class WordCounts {
        private String[] words = new String[256];
        private int[] weights = new int[256];
        private int size;
        private char[] lower = new char[64];

        void add(String text, int start, int end, int weight) {
            int length = end - start;
            if (lower.length < length) {
                lower = new char[Math.max(length, lower.length * 2)];
            }
            int hash = 0;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(start + i);
                if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                    add(text.substring(start, end).toLowerCase(Locale.ROOT), weight);
                    return;
                }
                char l = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                lower[i] = l;
                hash = 31 * hash + l;
            }
            int slot = slot(hash);
            while (words[slot] != null) {
                if (sameAsLower(words[slot], length)) {
                    weights[slot] += weight;
                    return;
                }
                slot = (slot + 1) & (words.length - 1);
            }
            insert(slot, new String(lower, 0, length), weight);
        }

        private void add(String word, int weight) {
            int slot = slot(word.hashCode());
            while (words[slot] != null) {
                if (words[slot].equals(word)) {
                    weights[slot] += weight;
                    return;
                }
                slot = (slot + 1) & (words.length - 1);
            }
            insert(slot, word, weight);
        }

        private boolean sameAsLower(String word, int length) {
            if (word.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (word.charAt(i) != lower[i]) {
                    return false;
                }
            }
            return true;
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & (words.length - 1);
        }

        private void insert(int slot, String word, int weight) {
            words[slot] = word;
            weights[slot] = weight;
            if (++size * 2 > words.length) {
                grow();
            }
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldWeights = weights;
            words = new String[oldWords.length * 2];
            weights = new int[oldWords.length * 2];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int slot = slot(oldWords[i].hashCode());
                    while (words[slot] != null) {
                        slot = (slot + 1) & (words.length - 1);
                    }
                    words[slot] = oldWords[i];
                    weights[slot] = oldWeights[i];
                }
            }
        }

        int size() {
            return size;
        }

        String[] sortedWords() {
            String[] sorted = new String[size];
            int n = 0;
            for (String word : words) {
                if (word != null) {
                    sorted[n++] = word;
                }
            }
            java.util.Arrays.sort(sorted);
            return sorted;
        }

        int get(String word) {
            int slot = slot(word.hashCode());
            while (!word.equals(words[slot])) {
                slot = (slot + 1) & (words.length - 1);
            }
            return weights[slot];
        }
    }
}
