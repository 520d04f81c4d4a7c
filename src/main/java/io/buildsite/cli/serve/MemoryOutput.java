package io.buildsite.cli.serve;

import io.buildsite.write.OutputSink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The preview's site, held in memory: nothing is written to the author's disk. */
final class MemoryOutput implements OutputSink {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] bytes) {
        files.put(relativePath, bytes);
    }

    byte[] get(String relativePath) {
        return files.get(relativePath);
    }

    /** Drops files that the current build no longer has (a deleted lesson's page). */
    void retainOnly(java.util.Set<String> paths) {
        files.keySet().retainAll(paths);
    }

    void remove(java.util.Set<String> paths) {
        files.keySet().removeAll(paths);
    }

    java.util.Set<String> paths() {
        return files.keySet();
    }

    int size() {
        return files.size();
    }
}
