package io.buildsite.load;

/** A content problem found while reading one file; becomes one diagnostic, never a stack trace. */
final class InvalidContentException extends Exception {
    private final int line;
    private final int column;

    InvalidContentException(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
