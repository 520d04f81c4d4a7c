package io.buildsite.render;

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
        int length = text.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            if (lineEnd - lineStart > MAX_CHARS && onlyMarks(text, lineStart, lineEnd)) {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
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
