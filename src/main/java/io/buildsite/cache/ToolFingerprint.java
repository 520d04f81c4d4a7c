package io.buildsite.cache;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the running build-site is, for the keys of the build cache and the up-to-date records: the Java runtime, and every class-path
 * entry by its content. A jar counts by the name, checksum and size of each file it holds, which its
 * index lists (no file is read), so the same jar built again at another time is the same tool, and any
 * change to a class, a template or a dictionary inside it is another. A classes folder counts by its files'
 * names, sizes and times.
 */
public final class ToolFingerprint {
    private static volatile String current;

    private ToolFingerprint() {
    }

    /** Worked out once per run. */
    public static String current() {
        String known = current;
        if (known == null) {
            known = of(System.getProperty("java.class.path", ""));
            current = known;
        }
        return known;
    }

    static String of(String classPath) {
        List<String> parts = new ArrayList<>();
        parts.add("java " + Runtime.version());
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                parts.add(entry.endsWith(".jar") ? jar(Path.of(entry)) : folder(Path.of(entry)));
            }
        }
        return ContentStore.key(parts.toArray());
    }

    private static String jar(Path jar) {
        StringBuilder listing = new StringBuilder("jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                listing.append('\n').append(entry.getName()).append(' ').append(entry.getCrc()).append(' ')
                        .append(entry.getSize());
            }
        } catch (IOException unreadable) {
            listing.append(" unreadable ").append(jar);
        }
        return ContentStore.key(listing.toString());
    }

    private static String folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "absent " + folder;
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.add(folder.relativize(file) + " " + attributes.size() + " "
                                + attributes.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException unreadable) {
            files.add("unreadable " + System.nanoTime()); // never the same tool twice: nothing stale is used
        }
        files.sort(null);
        return ContentStore.key(String.join("\n", files));
    }
}
