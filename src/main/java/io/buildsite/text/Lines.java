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

    /** Whether the line from {@code start} to {@code end} (its line break left out) is the one looked for. */
    public interface LineTest {
        boolean test(String text, int start, int end);
    }

    /** Offset of the start of the first line of {@code text} that passes {@code test}; -1 if none does. */
    public static int firstLine(String text, LineTest test) {
        int length = text.length();
        for (int start = 0; start < length; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            if (test.test(text, start, end)) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }
}
