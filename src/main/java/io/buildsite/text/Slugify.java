package io.buildsite.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns titles into URL- and id-safe slugs, folding Vietnamese: tone and vowel marks are removed
 * and {@code đ} becomes {@code d} (which Unicode decomposition alone does not do).
 */
public final class Slugify {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private Slugify() {
    }

    /** Lower case, accents and tone marks removed, {@code đ} as {@code d}. */
    public static String fold(String text) {
        if (isAscii(text)) {
            // Decomposing ASCII changes nothing and leaves no marks: only the case is left to fold.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        return unmarked.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static String slug(String text) {
        String slug = NOT_WORD.matcher(fold(text)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
