package io.buildsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What this build-site is, as far as its output is concerned: the Java runtime and every class-path
 * entry (the jar, with the default theme inside) by size and modification time. A reinstalled or
 * rebuilt tool therefore never finds an output of its predecessor up to date.
 */
final class ToolIdentity {
    private ToolIdentity() {
    }

    static List<String> current() {
        List<String> identity = new ArrayList<>();
        identity.add("java " + Runtime.version());
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                identity.add("class path " + entry + " " + stamp(Path.of(entry)));
            }
        }
        return identity;
    }

    /** Size and time of a jar; of a classes folder, its file count and newest file. */
    private static String stamp(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    long[] countAndNewest = new long[2];
                    files.filter(Files::isRegularFile).forEach(file -> {
                        countAndNewest[0]++;
                        countAndNewest[1] = Math.max(countAndNewest[1], modified(file));
                    });
                    return countAndNewest[0] + " files, newest " + countAndNewest[1];
                }
            }
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            return attributes.size() + " bytes, " + attributes.lastModifiedTime().toMillis();
        } catch (IOException | UncheckedIOException e) {
            return "unreadable";
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
