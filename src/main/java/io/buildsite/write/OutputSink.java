package io.buildsite.write;

import java.io.IOException;
import java.nio.file.Path;

/** Where written files go: the output folder on disk, or memory when serving a preview. */
public interface OutputSink {
    /** Stores a file at {@code relativePath} below the site root. */
    void write(String relativePath, byte[] bytes) throws IOException;

    /**
     * Publishes {@code file} at {@code relativePath} as it is. Whatever its size it is never read whole into
     * memory: a static file may be a video larger than the heap.
     */
    void copy(String relativePath, Path file) throws IOException;
}
