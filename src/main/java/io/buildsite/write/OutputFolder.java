package io.buildsite.write;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The output folder, replaced only by a complete build: pages are written into a fresh folder beside
 * it, which is swapped in at the end. A failed build leaves the previous output as it was, and
 * nothing outside the output (and what the build keeps beside it while it runs, {@link OutputSiblings})
 * is ever written or deleted.
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
    private final OutputSiblings siblings;
    private final Path staging;
    private final OutputDisk disk;
    /** Whether there is a previous output whose unchanged files can be linked instead of written. */
    private final boolean hasPrevious;
    /** Folders of the new output made so far: most pages have a folder of their own, made once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private OutputFolder(Path output, OutputDisk disk) {
        this.output = output;
        this.disk = disk;
        this.siblings = new OutputSiblings(output);
        this.staging = siblings.staging();
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
        Deque<Path> missing = new ArrayDeque<>();
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
        return open(output, OutputDisk.LOCAL);
    }

    static OutputFolder open(Path output, OutputDisk disk) throws IOException {
        OutputFolder folder = new OutputFolder(output.toAbsolutePath().normalize(), disk);
        disk.createFolders(folder.output.getParent());
        folder.siblings.claim();
        try {
            disk.createFolders(folder.staging);
            // Made once: the files at the root of the output (index.html, 404.html…) do not make it again.
            folder.folders.add(folder.staging);
        } catch (IOException | RuntimeException | Error e) {
            folder.siblings.release();
            throw e;
        }
        return folder;
    }

    /**
     * Removes what builds of {@code output} that were killed left beside it (see {@link OutputSiblings}),
     * never what a running build is writing.
     */
    public static void removeLeftovers(Path output) {
        OutputSiblings.removeLeftovers(output.toAbsolutePath().normalize());
    }

    /**
     * Writes a file of the new output. A file whose bytes equal the previous build's is not written
     * again: the new output links to the same file, which keeps its modification time.
     */
    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        Path target = target(relativePath);
        Path previous = output.resolve(relativePath).normalize();
        try {
            if (hasPrevious && previous.startsWith(output) && sameBytes(previous, bytes)) {
                linkToPrevious(target, previous);
                return;
            }
            disk.write(target, bytes);
        } catch (IOException e) {
            throw about(target, e);
        }
    }

    /**
     * Copies a file into the new output a block at a time, never reading it whole (a video may be larger
     * than the memory Java has). A file equal to the previous build's copy is linked, as in {@link #write}.
     */
    @Override
    public void copy(String relativePath, Path file) throws IOException {
        Path target = target(relativePath);
        Path previous = output.resolve(relativePath).normalize();
        try {
            if (hasPrevious && previous.startsWith(output) && sameFile(previous, file)) {
                linkToPrevious(target, previous);
                return;
            }
            disk.copy(file, target);
        } catch (IOException e) {
            throw about(target, e);
        }
    }

    /** Where {@code relativePath} goes in the new output, with its folder made. */
    private Path target(String relativePath) throws IOException {
        Path target;
        try {
            target = staging.resolve(relativePath).normalize();
        } catch (InvalidPathException e) {
            // Named as the output file it was to be, for the one line that says why it cannot be.
            throw new InvalidPathException(output + "/" + relativePath, e.getReason());
        }
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            try {
                disk.createFolders(folder);
            } catch (IOException e) {
                throw about(folder, e);
            }
            folders.add(folder);
        }
        return target;
    }

    /**
     * Links {@code target} to the previous output's equal {@code previous}; where links are not to be had,
     * the file is copied, with the previous one's time.
     */
    private void linkToPrevious(Path target, Path previous) throws IOException {
        try {
            Files.createLink(target, previous);
        } catch (IOException | UnsupportedOperationException e) {
            disk.copy(previous, target);
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(previous));
        }
    }

    /** The error of a write names no file (it is write(2)'s): the file it concerned is added for the message. */
    private static IOException about(Path file, IOException e) {
        if (e instanceof FileSystemException) {
            return e;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }

    private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
        return Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
                && Files.size(previous) == bytes.length
                && Arrays.equals(Files.readAllBytes(previous), bytes);
    }

    private static boolean sameFile(Path previous, Path file) throws IOException {
        return Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
                && Files.size(previous) == Files.size(file)
                && Files.mismatch(previous, file) == -1;
    }

    /** Swaps the new output in; the previous one is removed only after the new one is in place. */
    void commit() throws IOException {
        write(MARKER, MARKER_TEXT);
        Path retired = siblings.retired();
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
        try {
            deleteTree(retired);
        } catch (IOException e) {
            // the new output is in place: what is left of the previous one, the next build removes
        }
        siblings.release();
    }

    /** Drops the unfinished output; the previous one was never touched. */
    void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // what is left, the next build removes: this build's lock is let go of below
        }
        siblings.release();
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
