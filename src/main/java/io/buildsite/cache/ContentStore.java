package io.buildsite.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Bytes kept between builds under a key made of everything they were made from, in a folder of the build
 * cache. Reading changes nothing; {@link #put} and {@link #touch} do, and callers call them only once a
 * build has succeeded. Each entry is one file named by a digest of its key and carries its length and a
 * CRC-32C checksum of its bytes (computed by the processor, where a SHA-256 of every entry cost a build
 * of 1,000 lessons a second), so an entry that is cut short, altered or made by something else is found
 * out, reported once and never used.
 * A store that cannot be written stops storing (reported once) and the build goes on without it; it never
 * fails a build. Bounded: {@link #prune()} drops the entries used longest ago beyond its size limit.
 */
public final class ContentStore {
    private static final byte[] MAGIC = "build-site cache 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = MAGIC.length + Long.BYTES + Long.BYTES;

    /** How much is in the store. */
    public record Size(long entries, long bytes) {
    }

    private final Path folder;
    private final long maxBytes;
    private final Consumer<String> warnings;
    /** Cleared for good when a write fails; never set in a read-only store. */
    private final AtomicBoolean writable;
    private final AtomicBoolean corruptionReported = new AtomicBoolean();
    private final boolean readOnly;

    /**
     * @param folder   where the entries live (made when first needed)
     * @param maxBytes what {@link #prune()} keeps at most
     * @param warnings told, once each, that entries were unusable or that the store could not be written
     */
    public ContentStore(Path folder, long maxBytes, Consumer<String> warnings) {
        this(folder, maxBytes, warnings, false);
    }

    private ContentStore(Path folder, long maxBytes, Consumer<String> warnings, boolean readOnly) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.warnings = warnings;
        this.readOnly = readOnly;
        this.writable = new AtomicBoolean(!readOnly);
    }

    /** The same entries, read but never written, removed or touched: for a run that must change nothing. */
    public ContentStore readOnly() {
        return new ContentStore(folder, maxBytes, warnings, true);
    }

    /** The digest that names an entry, of the parts of its key in order: texts, or bytes as they are. */
    public static String key(Object... parts) {
        MessageDigest digest = sha256();
        for (Object part : parts) {
            byte[] bytes = part instanceof byte[] raw ? raw : String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES + 1).put((byte) (part instanceof byte[] ? 1 : 0))
                    .putInt(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The bytes stored under {@code key}, if an intact entry holds them. */
    public Optional<byte[]> get(String key) {
        Path file = fileFor(key);
        byte[] stored;
        try {
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException | SecurityException unreadable) {
            return Optional.empty();
        }
        byte[] value = intact(stored);
        if (value == null) {
            if (corruptionReported.compareAndSet(false, true)) {
                warnings.accept("build cache entry " + folder.relativize(file) + " is damaged or not one of "
                        + "build-site's: ignored, and made again");
            }
            try {
                if (!readOnly) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | SecurityException ignored) {
                // made again below, or left: it is never used either way
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Keeps {@code value} under {@code key}; does nothing once the store turned out not to be writable. */
    public void put(String key, byte[] value) {
        if (!writable.get()) {
            return;
        }
        Path file = fileFor(key);
        try {
            Files.createDirectories(file.getParent());
            Path fresh = Files.createTempFile(file.getParent(), "entry-", ".tmp");
            try {
                Files.write(fresh, entry(value));
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException | SecurityException e) {
            if (writable.compareAndSet(true, false)) {
                warnings.accept("build cache folder " + folder + " cannot be written (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): building without it");
            }
        }
    }

    /** Drops the entries used longest ago until the store holds at most its limit; returns what is left. */
    public Size prune() {
        if (readOnly) {
            return size();
        }
        List<Entry> entries = entries();
        long total = entries.stream().mapToLong(Entry::bytes).sum();
        entries.sort(Comparator.comparing(Entry::used));
        long count = entries.size();
        for (Entry entry : entries) {
            if (total <= maxBytes) {
                break;
            }
            try {
                Files.deleteIfExists(entry.file());
                total -= entry.bytes();
                count--;
            } catch (IOException | SecurityException ignored) {
                // kept; the next prune tries again
            }
        }
        return new Size(count, total);
    }

    /** What the store holds now. */
    public Size size() {
        List<Entry> entries = entries();
        return new Size(entries.size(), entries.stream().mapToLong(Entry::bytes).sum());
    }

    private record Entry(Path file, long bytes, FileTime used) {
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder)) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path file : files) {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS);
                        if (attributes.isRegularFile()) {
                            entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
                        }
                    }
                }
            }
        } catch (IOException | SecurityException unreadable) {
            // what was listed so far is what is known
        }
        return entries;
    }

    /** Two hex digits of the name as a folder: no folder grows to hundreds of thousands of files. */
    private Path fileFor(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    private static byte[] entry(byte[] value) {
        return ByteBuffer.allocate(HEADER_BYTES + value.length).put(MAGIC).putLong(checksum(value, 0))
                .putLong(value.length).put(value).array();
    }

    /** The value an entry holds, or null if it is not a whole, unaltered entry. */
    private static byte[] intact(byte[] stored) {
        if (stored.length < HEADER_BYTES || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        buffer.position(MAGIC.length);
        long checksum = buffer.getLong();
        long length = buffer.getLong();
        if (length != stored.length - HEADER_BYTES || checksum != checksum(stored, HEADER_BYTES)) {
            return null;
        }
        return Arrays.copyOfRange(stored, HEADER_BYTES, stored.length);
    }

    private static long checksum(byte[] bytes, int from) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, bytes.length - from);
        return crc.getValue();
    }

    /** Marks the entry under {@code key} as used now, so that pruning keeps it longest. */
    public void touch(String key) {
        if (!readOnly) {
            touch(fileFor(key));
        }
    }

    /** A store that cannot be touched prunes by age of writing. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | SecurityException ignored) {
            // pruned a little earlier than it could be
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
