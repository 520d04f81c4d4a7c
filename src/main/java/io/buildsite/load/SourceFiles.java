package io.buildsite.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a site that a build may open: regular files under a folder of the site root, hidden
 * ones skipped, and a symbolic link only when it leads to a regular file inside the root. Loading and
 * the input fingerprint both walk with it, so nothing that one leaves alone (a link to a device, a
 * pipe or a huge file elsewhere) is opened by the other.
 */
final class SourceFiles {
    /** Told of each link that is not followed, with why. */
    interface Skipped {
        void link(Path file, String reason);
    }

    private SourceFiles() {
    }

    /** The files under {@code dir} (or {@code dir} itself, when it is a file or a link to one), sorted. */
    static List<Path> under(Path dir, Path realRoot, Skipped skipped) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                return !folder.equals(dir) && folder.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile() || (attrs.isSymbolicLink() && followed(file, realRoot, skipped))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** Whether a link leads to a regular file inside the root. */
    private static boolean followed(Path link, Path realRoot, Skipped skipped) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            skipped.link(link, "broken symbolic link: ignored");
            return false;
        }
        if (!target.startsWith(realRoot)) {
            skipped.link(link, "symbolic link leads outside the source folder: not followed");
            return false;
        }
        return Files.isRegularFile(target);
    }
}
