package io.buildsite.build;

import io.buildsite.write.OutputSink;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The preview's site, held in memory: nothing is written to the author's disk. Files published as they
 * are (static files, media) are held as where they are on disk and served from there: a video may be
 * larger than the memory Java has.
 */
public final class MemoryOutput implements OutputSink {
    /** Each file's bytes, or the {@link Path} of a file served as it is. */
    private final Map<String, Object> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] bytes) {
        files.put(relativePath, bytes);
    }

    @Override
    public void copy(String relativePath, Path file) {
        files.put(relativePath, file);
    }

    /** A generated file's bytes; null for a file served from disk, or none. */
    public byte[] get(String relativePath) {
        return files.get(relativePath) instanceof byte[] bytes ? bytes : null;
    }

    /** Where a file served as it is lies on disk; null for a generated file, or none. */
    public Path file(String relativePath) {
        return files.get(relativePath) instanceof Path file ? file : null;
    }

    public boolean has(String relativePath) {
        return files.containsKey(relativePath);
    }

    /** Drops files that the current build no longer has (a deleted lesson's page). */
    void retainOnly(Set<String> paths) {
        files.keySet().retainAll(paths);
    }

    void remove(Set<String> paths) {
        files.keySet().removeAll(paths);
    }

    public Set<String> paths() {
        return files.keySet();
    }
}
