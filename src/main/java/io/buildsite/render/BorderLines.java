package io.buildsite.render;

import io.buildsite.text.Lines;

/**
 * Thematic breaks ({@code ***}) and table delimiter rows ({@code |---|---|}) are matched by regular
 * expressions that recurse once per character or column, so a long one overflowed the stack (100,000
 * {@code *}, a table of 10,000 columns). Real ones are a few hundred characters at most; a line made only
 * of their marks is held to {@link #MAX_CHARS}.
 */
final class BorderLines {
    static final int MAX_CHARS = 10_000;

    private BorderLines() {
    }

    /** Offset of the start of the first line too long of only {@code - * _ | : >} and spaces; -1 if none is. */
    static int firstTooLong(String text) {
        return Lines.firstLine(text, (t, start, end) -> end - start > MAX_CHARS && onlyMarks(t, start, end));
    }

    static String message(int length) {
        return String.format("line of %,d characters of only '-', '*', '_', '|', ':', '>' and spaces: a rule or table "
                + "border may be at most %,d long", length, MAX_CHARS);
    }

    private static boolean onlyMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("-*_|:> \t\r".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
