package io.buildsite.write;

import java.io.IOException;

/** Where written files go: the output folder on disk, or memory when serving a preview. */
public interface OutputSink {
    /** Stores a file at {@code relativePath} below the site root. */
    void write(String relativePath, byte[] bytes) throws IOException;
}
