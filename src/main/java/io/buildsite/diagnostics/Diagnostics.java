package io.buildsite.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run, from any thread, so that an author sees all of them at once
 * rather than one per build.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String path, int line, int column, String message) {
        add(new Diagnostic(path, Math.max(line, 1), Math.max(column, 1), Severity.ERROR, message));
    }

    public void warning(String path, int line, int column, String message) {
        add(new Diagnostic(path, Math.max(line, 1), Math.max(column, 1), Severity.WARNING, message));
    }

    public void error(SourcePosition at, String message) {
        error(at.path(), at.line(), at.column(), message);
    }

    public void warning(SourcePosition at, String message) {
        warning(at.path(), at.line(), at.column(), message);
    }

    /** Sorted by path and line, duplicates removed: the same problem found twice is reported once. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }

    public synchronized long count(Severity severity) {
        return items.stream().distinct().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
