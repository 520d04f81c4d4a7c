package io.buildsite.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one build keeps beside its output {@code NAME} while it runs: the new output being written
 * ({@code .NAME.tmp-ID}), the previous output while the new one is swapped in ({@code .NAME.old-ID}), and a
 * lock file ({@code .NAME.lock-ID}) locked for as long as the build runs. The operating system lets go of a
 * lock when its process ends, however it ends (kill -9 included), so a folder whose lock is free was left by
 * a build that died, and the next build of that output removes it; a running build's folders, in this
 * process or another, are left alone.
 */
final class OutputSiblings {
    /** A lock file without folders may be one that its build is about to lock: only older ones are stale. */
    private static final Duration LOCK_ALONE_STALE_AFTER = Duration.ofMinutes(1);
    /** Lock files this JVM holds: closing any channel to one would let go of its lock (POSIX), so none is opened. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path output;
    private final String id = UUID.randomUUID().toString();
    private FileChannel lockChannel;

    OutputSiblings(Path output) {
        this.output = output;
    }

    Path staging() {
        return sibling(output, "tmp", id);
    }

    Path retired() {
        return sibling(output, "old", id);
    }

    private static Path sibling(Path output, String kind, String id) {
        return output.resolveSibling("." + output.getFileName() + "." + kind + "-" + id);
    }

    /** Takes this build's lock; before any folder of its own exists, so that none is ever seen unlocked. */
    void claim() throws IOException {
        Path lockFile = sibling(output, "lock", id);
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        HELD.add(lockFile);
        try {
            lockChannel.lock();
        } catch (IOException unsupported) {
            // A file system without locks: the folders then look alive to other builds, which is the safe side.
        }
    }

    /** Lets go of the lock once this build's folders are gone. */
    void release() {
        Path lockFile = sibling(output, "lock", id);
        try {
            Files.deleteIfExists(lockFile);
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // an empty lock file left behind is removed by a later build
        } finally {
            HELD.remove(lockFile);
        }
    }

    /**
     * Removes what builds of {@code output} that died left beside it. When one died between moving the previous
     * output aside and moving its new one in, the previous output is moved back instead.
     */
    static void removeLeftovers(Path output) {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        Pattern own = Pattern.compile("\\." + Pattern.quote(output.getFileName().toString())
                + "\\.(tmp|old|lock)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
        Map<String, List<String>> builds = new TreeMap<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.forEach(entry -> {
                Matcher name = own.matcher(entry.getFileName().toString());
                if (name.matches()) {
                    builds.computeIfAbsent(name.group(2), k -> new ArrayList<>()).add(name.group(1));
                }
            });
        } catch (IOException | RuntimeException unreadable) {
            return;
        }
        builds.forEach((id, kinds) -> removeIfDead(output, id, kinds));
    }

    private static void removeIfDead(Path output, String id, List<String> kinds) {
        Path lockFile = sibling(output, "lock", id);
        if (HELD.contains(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null || (kinds.equals(List.of("lock")) && recent(lockFile))) {
                return;
            }
            remove(output, id);
        } catch (NoSuchFileException noLock) {
            remove(output, id);
        } catch (IOException | OverlappingFileLockException cannotTell) {
            // left as it is: it may belong to a running build
        }
    }

    private static boolean recent(Path lockFile) throws IOException {
        return Files.getLastModifiedTime(lockFile).toInstant().isAfter(Instant.now().minus(LOCK_ALONE_STALE_AFTER));
    }

    private static void remove(Path output, String id) {
        try {
            Path retired = sibling(output, "old", id);
            if (Files.isDirectory(retired) && !Files.exists(output)) {
                Files.move(retired, output, StandardCopyOption.ATOMIC_MOVE);
            }
            OutputFolder.deleteTree(retired);
            OutputFolder.deleteTree(sibling(output, "tmp", id));
            Files.deleteIfExists(sibling(output, "lock", id));
        } catch (IOException | RuntimeException e) {
            // what cannot be removed now is tried again by the next build
        }
    }
}
