package io.buildsite.diagnostics;

import java.util.Comparator;

/** One problem found in the content, located at a file (relative to the source root), line and column. */
public record Diagnostic(String path, int line, int column, Severity severity, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /** The compiler-style line every tool and editor understands. */
    public String format() {
        return path + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
