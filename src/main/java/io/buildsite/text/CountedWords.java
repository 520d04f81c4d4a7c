package io.buildsite.text;

import java.util.Arrays;

/**
 * The words of a text, lower-cased, in sorted order, each with how often it occurs: what a search
 * index needs of a page's body, a small fraction of the text's size.
 */
public final class CountedWords {
    public static final CountedWords NONE = new CountedWords(new String[0], new int[0]);

    private final String[] words;
    private final int[] counts;

    CountedWords(String[] words, int[] counts) {
        this.words = words;
        this.counts = counts;
    }

    /** Words with their counts, as {@link #word(int)} and {@link #count(int)} gave them. */
    public static CountedWords ofCounts(String[] words, int[] counts) {
        if (words.length != counts.length) {
            throw new IllegalArgumentException(words.length + " words, " + counts.length + " counts");
        }
        return words.length == 0 ? NONE : new CountedWords(words.clone(), counts.clone());
    }

    /** Counts the words of {@code text}. */
    public static CountedWords of(String text) {
        WordCounts counts = new WordCounts();
        counts.count(text, 1);
        return counts.counted();
    }

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public int count(int i) {
        return counts[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountedWords w && Arrays.equals(words, w.words) && Arrays.equals(counts, w.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(words) + Arrays.hashCode(counts);
    }
}
