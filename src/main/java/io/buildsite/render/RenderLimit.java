package io.buildsite.render;

/**
 * A body beyond what rendering takes (nested too deeply, a paragraph too long, too slow): reported as
 * one error at its line instead of rendered. Thrown from inside the Markdown parser with an offset into
 * the text it parses, then placed on a line of the body.
 */
final class RenderLimit extends RuntimeException {
    private final int offset;
    private final int line;

    private RenderLimit(String message, int offset, int line) {
        super(message, null, false, false);
        this.offset = offset;
        this.line = line;
    }

    /** At {@code offset} in the text the Markdown parser reads. */
    static RenderLimit at(int offset, String message) {
        return new RenderLimit(message, offset, -1);
    }

    int offset() {
        return offset;
    }

    /** The same limit, placed on the body's 0-based {@code line}. */
    RenderLimit onLine(int line) {
        return new RenderLimit(getMessage(), offset, line);
    }

    /** 0-based line of the body; -1 until placed. */
    int line() {
        return line;
    }
}
