package io.buildsite.write;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The output folder, replaced only by a complete build: pages are written into a fresh folder beside
 * it, which is swapped in at the end. A failed build leaves the previous output as it was, and
 * nothing outside the output (and its temporary sibling) is ever written or deleted.
 */
public final class OutputFolder implements OutputSink {
    /**
     * Left in every output, so build-site knows a folder is its own to replace. Its text never changes:
     * what a build was made from is kept outside the published output ({@link BuildRecords}).
     */
    public static final String MARKER = ".build-site";
    private static final byte[] MARKER_TEXT = "This folder is written by build-site and replaced on every build.\n"
            .getBytes(StandardCharsets.UTF_8);

    private final Path output;
    private final Path staging;
    /** Whether there is a previous output whose unchanged files can be linked instead of written. */
    private final boolean hasPrevious;
    /** Folders of the new output made so far: most pages have a folder of their own, made once. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private OutputFolder(Path output) {
        this.output = output;
        this.staging = output.resolveSibling("." + output.getFileName() + ".tmp-" + UUID.randomUUID());
        this.hasPrevious = Files.isDirectory(output);
    }

    /**
     * Checks that {@code output} may be built into.
     *
     * @return null if it may, else the reason it may not
     */
    public static String refusal(Path source, Path output, boolean force) throws IOException {
        // Compared as real paths: a link must not lead a check to approve what it would forbid.
        Path out = realPath(output);
        Path src = realPath(source);
        Path home = realPath(Path.of(System.getProperty("user.home")));
        if (out.getParent() == null) {
            return "the output folder is the filesystem root";
        }
        if (out.equals(home)) {
            return "the output folder is the home folder";
        }
        if (out.equals(src)) {
            return "the output folder is the source folder";
        }
        if (src.startsWith(out)) {
            return "the output folder contains the source folder";
        }
        for (String input : new String[] {"content", "data", "templates", "static"}) {
            if (out.startsWith(src.resolve(input))) {
                return "the output folder is inside the source's " + input + "/ folder";
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return "the output path is a file, not a folder";
        }
        if (!force && Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    return "the output folder is not empty and was not made by build-site "
                            + "(use --force to replace it anyway)";
                }
            }
        }
        return null;
    }

    /**
     * {@code path} absolute, with every link in its existing part resolved; the names below that part
     * (an output not made yet) follow as written.
     */
    public static Path realPath(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        java.util.Deque<Path> missing = new java.util.ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = existing.toRealPath();
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        // No links below the existing part, so ".." there means what it says.
        return real.normalize();
    }

    static OutputFolder open(Path output) throws IOException {
        OutputFolder folder = new OutputFolder(output.toAbsolutePath().normalize());
        Files.createDirectories(folder.staging);
        return folder;
    }

    /**
     * Writes a file of the new output. A file whose bytes equal the previous build's is not written
     * again: the new output links to the same file, which keeps its modification time.
     */
    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        Path previous = output.resolve(relativePath).normalize();
        if (hasPrevious && previous.startsWith(output) && sameBytes(previous, bytes)) {
            try {
                Files.createLink(target, previous);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                writeNew(target, bytes);
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(previous));
                return;
            }
        }
        writeNew(target, bytes);
    }

    /**
     * One write call for the whole file (a stream would write it 8 KB at a time). A file is written once:
     * writing it again would go through a link into the previous output, and means two makers of one file.
     */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(target,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
        return Files.isRegularFile(previous, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.size(previous) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(previous), bytes);
    }

    /** Swaps the new output in; the previous one is removed only after the new one is in place. */
    void commit() throws IOException {
        write(MARKER, MARKER_TEXT);
        Path retired = output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
        boolean hadOutput = Files.exists(output);
        if (hadOutput) {
            Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput) {
                Files.move(retired, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (hadOutput) {
            deleteTree(retired);
        }
    }

    /** Drops the unfinished output; the previous one was never touched. */
    void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless and named as such
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
