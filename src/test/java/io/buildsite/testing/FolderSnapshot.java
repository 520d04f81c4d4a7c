package io.buildsite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file and folder below a folder, with each file's bytes (as a hash) and modification time. */
public final class FolderSnapshot {
    private FolderSnapshot() {
    }

    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                files.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : java.util.Arrays.hashCode(Files.readAllBytes(p)) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
