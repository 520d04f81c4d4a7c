package io.buildsite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a build did to an output, seen from the disk. A file a build leaves alone keeps its inode and
 * modification time; one it writes is a new file. A build that runs puts a new output folder in place
 * of the old one, so the folder's inode changes; a build that finds the output up to date leaves it.
 */
public final class FileIdentities {
    private FileIdentities() {
    }

    /** Each file's inode and modification time, by its path below {@code root}. */
    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino") + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    /** The inode of the folder itself, or null where there is none yet. */
    public static Object folder(Path root) throws IOException {
        return Files.isDirectory(root) ? Files.getAttribute(root, "unix:ino") : null;
    }
}
