package io.buildsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;

/**
 * One digest of everything a build reads: the bytes of every file under the site root's inputs
 * (site.yaml, content/, data/, templates/, static/), with their paths, and the settings the caller
 * names (the tool's own version, options). Equal digests mean a build would write the same site.
 * The files are those a build opens ({@link SourceFiles}): a link out of the site is never read. Each
 * file counts by its size and two independent checksums (CRC-32C and Adler-32), which the JVM
 * computes at memory speed; SHA-256 over every byte cost a second per thousand lessons where the
 * quick compiler runs it.
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
        // A link that is not followed counts by where it points, which is read without opening anything.
        SortedMap<String, String> links = new TreeMap<>();
        List<byte[]> digests;
        try {
            Path realRoot = root.toRealPath();
            for (String input : INPUTS) {
                files.addAll(SourceFiles.under(root.resolve(input), realRoot, (link, reason) -> links.put(
                        relative(root, link), String.valueOf(readLink(link)))));
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
            all.update(("file\0" + relative(root, files.get(i)) + "\0").getBytes(StandardCharsets.UTF_8));
            all.update(digests.get(i));
        }
        links.forEach((link, target) -> all.update(("link\0" + link + "\0" + target + "\0").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(all.digest());
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Path readLink(Path link) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException e) {
            return null;
        }
    }

    /** Size and checksums of a file, read a block at a time, so a large one needs no more memory. */
    private static byte[] digestOf(Path file) {
        CRC32C crc = new CRC32C();
        Adler32 adler = new Adler32();
        long size = 0;
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer block = ByteBuffer.allocate(1 << 16);
            for (int n; (n = channel.read(block.clear())) > 0; ) {
                crc.update(block.flip().duplicate());
                adler.update(block);
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ByteBuffer.allocate(24).putLong(size).putLong(crc.getValue()).putLong(adler.getValue()).array();
    }
}
