package io.buildsite.write;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.load.InputFingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What each output folder was last built from, kept in the build cache folder and never in the
 * published output: the next build of the same inputs into the untouched output skips the work and
 * repeats the report. One {@link BuildRecord} per output, named by a digest of the output's real path.
 * The cache is a convenience: a record that cannot be read or written only means a full build.
 */
public final class BuildRecords {
    private final Path folder;

    /** @param cacheFolder the build cache folder (made when first needed) */
    public BuildRecords(Path cacheFolder) {
        this.folder = cacheFolder.resolve("builds");
    }

    /**
     * The diagnostics of the build that made {@code output}, if it was built from {@code inputs} (an
     * {@link InputFingerprint}) and is untouched since: the listing of its files
     * (paths, sizes, modification times) is the one recorded. Empty when it has to be built, as it
     * always has when {@code inputs} is null (they could not all be read).
     */
    public Optional<List<Diagnostic>> upToDate(Path output, String inputs) {
        Path file = fileFor(output);
        if (inputs == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(output)) {
            return Optional.empty();
        }
        try {
            Optional<BuildRecord> record = BuildRecord.parse(Files.readAllLines(file, StandardCharsets.UTF_8))
                    .filter(r -> r.inputs().equals(inputs));
            return record.isPresent() && record.get().files().equals(listingDigest(output))
                    ? Optional.of(record.get().diagnostics()) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Records that {@code output}, as it is now, was built from {@code inputs} (null: forget it). */
    public void save(Path output, String inputs, List<Diagnostic> diagnostics) {
        Path file = fileFor(output);
        try {
            if (inputs == null) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(folder);
            Path fresh = Files.createTempFile(folder, "record-", ".tmp");
            Files.writeString(fresh, new BuildRecord(inputs, listingDigest(output), diagnostics).text());
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException unwritable) {
            // the next build of this output builds everything
        }
    }

    private Path fileFor(Path output) {
        return folder.resolve(hex(sha256(output.toAbsolutePath().normalize().toString())).substring(0, 24) + ".txt");
    }

    /** A digest of every file's path, size and modification time under {@code folder}. */
    private static String listingDigest(Path folder) throws IOException {
        List<String> entries = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                entries.add(folder.relativize(file).toString().replace('\\', '/') + "\0" + attrs.size() + "\0"
                        + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\0" + attrs.isSymbolicLink());
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(null);
        return hex(sha256(String.join("\n", entries)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
