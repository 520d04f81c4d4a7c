package io.buildsite.text;

/** The start of a text, as much of it as a search snippet keeps. */
public final class TextStart {
    private TextStart() {
    }

    /**
     * The first {@code limit} characters of {@code text} (all of a shorter one), one fewer when the cut
     * would split a character beyond the BMP: half of one is not text, and UTF-8 cannot hold it.
     */
    public static String of(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end);
    }
}
