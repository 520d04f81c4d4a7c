package io.buildsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One digest of everything a build reads: the bytes of every file under the site root's inputs
 * (site.yaml, content/, data/, templates/, static/), with their paths, and the settings the caller
 * names (the tool's own version, options). Equal digests mean a build would write the same site.
 * Hidden files are included although the build skips them: a needless rebuild costs time, a missed
 * one would publish a stale site. Each file counts by its size and two independent checksums
 * (CRC-32C and Adler-32), which the JVM computes at memory speed; SHA-256 over every byte cost a
 * second per thousand lessons where the quick compiler runs it.
 */
public final class InputFingerprint {
    private static final List<String> INPUTS = List.of("site.yaml", "content", "data", "templates", "static");

    private InputFingerprint() {
    }

    /**
     * The digest, as hex, of the site under {@code root} built with {@code settings}; null when some
     * input cannot be read: such a site is always built, and its build reports the problem.
     */
    public static String of(Path root, List<String> settings) {
        List<Path> files = new ArrayList<>();
        List<byte[]> digests;
        try {
            for (String input : INPUTS) {
                collect(root.resolve(input), files);
            }
            files.sort(null);
            digests = files.parallelStream().map(InputFingerprint::digestOf).toList();
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        MessageDigest all = ContentHash.sha256();
        for (String setting : settings) {
            all.update(("setting\0" + setting + "\0").getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < files.size(); i++) {
            String path = root.relativize(files.get(i)).toString().replace('\\', '/');
            all.update(("file\0" + path + "\0").getBytes(StandardCharsets.UTF_8));
            all.update(digests.get(i));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** Regular files, and symbolic links to them, under {@code input} (or {@code input} itself). */
    private static void collect(Path input, List<Path> files) throws IOException {
        if (Files.isRegularFile(input)) {
            files.add(input);
            return;
        }
        if (!Files.isDirectory(input)) {
            return;
        }
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static byte[] digestOf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes);
            java.util.zip.Adler32 adler = new java.util.zip.Adler32();
            adler.update(bytes);
            return java.nio.ByteBuffer.allocate(24).putLong(bytes.length).putLong(crc.getValue())
                    .putLong(adler.getValue()).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
