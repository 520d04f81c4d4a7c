package io.buildsite.diagnostics;

/** A place in a source file; path relative to the source root, with forward slashes. */
public record SourcePosition(String path, int line, int column) {
    public static SourcePosition of(String path) {
        return new SourcePosition(path, 1, 1);
    }
}
