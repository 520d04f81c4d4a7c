package io.buildsite.text;

/** Line numbers of places in a text, for diagnostics. */
public final class Lines {
    private Lines() {
    }

    /** The 1-based line of the character at {@code offset}. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
