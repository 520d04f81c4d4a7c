package io.buildsite.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One string per distinct word for the whole run. Every body keeps its counted words until the search
 * index is built, and lessons share most of their words: at 5,000 lessons, four million copies of some
 * hundred thousand words took 400 MB of the heap. Bounded, so a long preview session of an ever-changing
 * site cannot grow it without end: beyond the bound, words are kept as they come.
 */
public final class Vocabulary {
    static final int KEPT = 1 << 20;
    private static final ConcurrentHashMap<String, String> WORDS = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    /** The one string of this run that equals {@code word}. */
    public static String canonical(String word) {
        String known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        if (WORDS.size() >= KEPT) {
            return word;
        }
        known = WORDS.putIfAbsent(word, word);
        return known != null ? known : word;
    }
}
