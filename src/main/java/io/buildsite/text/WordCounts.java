package io.buildsite.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Weight per lower-cased word, counted straight from the text: no string per occurrence, only one
 * per distinct word. Lower-cases char by char, which is what {@code toLowerCase(Locale.ROOT)} does
 * except for a few letters (dotted capital I, capital sigma, characters beyond the BMP): words with
 * those take that slower, exact way.
 */
public final class WordCounts {
    /**
     * Below this, whether a char is part of a word and its lower case are looked up, as computed once
     * from the same {@link Character} methods: Latin, Vietnamese, Greek and Cyrillic letters all are.
     */
    private static final int TABLE = 0x2000;
    private static final boolean[] WORD_CHAR = new boolean[TABLE];
    private static final char[] LOWER = new char[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            WORD_CHAR[c] = isLetterDigitOrMark(c);
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private String[] words = new String[256];
    private int[] weights = new int[256];
    private int size;
    private char[] lower = new char[64];

    /** Words are runs of letters and digits; a hand-written scan, as this runs over every page's text. */
    public void count(String text, int weight) {
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
                add(text, start, i, weight);
            }
        }
    }

    private static boolean isWordChar(char c) {
        return c < TABLE ? WORD_CHAR[c] : isLetterDigitOrMark(c);
    }

    private static boolean isLetterDigitOrMark(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }

    /** Adds one word, {@code text[start, end)}, lower-casing it as it goes. */
    public void add(String text, int start, int end, int weight) {
        int length = end - start;
        if (lower.length < length) {
            lower = new char[Math.max(length, lower.length * 2)];
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                add(Vocabulary.canonical(text.substring(start, end).toLowerCase(Locale.ROOT)), weight);
                return;
            }
            char l = c < TABLE ? LOWER[c] : Character.toLowerCase(c);
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
        insert(slot, Vocabulary.canonical(new String(lower, 0, length)), weight);
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

    public int size() {
        return size;
    }

    public String[] sortedWords() {
        String[] sorted = new String[size];
        int n = 0;
        for (String word : words) {
            if (word != null) {
                sorted[n++] = word;
            }
        }
        Arrays.sort(sorted);
        return sorted;
    }

    public int get(String word) {
        int slot = slot(word.hashCode());
        while (!word.equals(words[slot])) {
            slot = (slot + 1) & (words.length - 1);
        }
        return weights[slot];
    }

    /** The words counted so far with their weights, in sorted order, to keep. */
    public CountedWords counted() {
        String[] sorted = sortedWords();
        int[] counts = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            counts[i] = get(sorted[i]);
        }
        return new CountedWords(sorted, counts);
    }

    /** Adds words counted elsewhere (already lower-cased), with their weights. */
    public void add(CountedWords counted) {
        for (int i = 0; i < counted.size(); i++) {
            add(counted.word(i), counted.count(i));
        }
    }
}
