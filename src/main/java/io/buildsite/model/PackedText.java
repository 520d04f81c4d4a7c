package io.buildsite.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A long text kept deflated while it waits for the next stage: a site holds every lesson's source,
 * rendered page and search text at once, which as Java strings grew to gigabytes for 5,000 lessons.
 * Packing at the fastest level is cheaper than the garbage collection it saves. Equal texts have
 * equal packings, so packed texts compare as their texts do.
 */
public final class PackedText {
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(
            () -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
    /** After the packers above: static fields are set in order. */
    public static final PackedText EMPTY = of("");

    private final byte[] deflated;
    /** Length of the text in UTF-8 bytes. */
    private final int size;
    private final boolean blank;
    /** SHA-256 of the packed form, worked out when first asked for. */
    private volatile byte[] digest;

    private PackedText(byte[] deflated, int size, boolean blank) {
        this.deflated = deflated;
        this.size = size;
        this.blank = blank;
    }

    public static PackedText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return ofUtf8(utf8, 0, text.isBlank());
    }

    /**
     * The text that {@code utf8} holds from byte {@code from} on, packed straight from those bytes (a
     * file's, as read), so it is never encoded again.
     *
     * @param blank whether that text is empty or only white space
     */
    public static PackedText ofUtf8(byte[] utf8, int from, boolean blank) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8, from, utf8.length - from);
        deflater.finish();
        byte[] buffer = BUFFERS.get();
        int length = 0;
        while (!deflater.finished()) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                BUFFERS.set(buffer);
            }
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        // One spare zero byte after the data: the inflater asks for it in "nowrap" mode (see Inflater(boolean)).
        byte[] deflated = new byte[length + 1];
        System.arraycopy(buffer, 0, deflated, 0, length);
        return new PackedText(deflated, utf8.length - from, blank);
    }

    /** The text, unpacked (each call unpacks again: callers that need it twice keep it). */
    public String text() {
        return size == 0 ? "" : new String(utf8(), StandardCharsets.UTF_8);
    }

    /** The text's UTF-8 bytes, unpacked (each call unpacks again, into a new array). */
    public byte[] utf8() {
        byte[] utf8 = new byte[size];
        if (size == 0) {
            return utf8;
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(deflated);
        try {
            int read = 0;
            while (read < size) {
                int n = inflater.inflate(utf8, read, size - read);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("a packed text ended early");
                }
                read += n;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed text is damaged", e);
        }
        return utf8;
    }

    /** The packed form, to keep between builds; {@link #ofPacked} makes the same text of it again. */
    public byte[] packed() {
        return deflated.clone();
    }

    /**
     * A SHA-256 digest of the packed form, which is the same for equal texts: what a cache key holds of a
     * text, digested once however often the key is made.
     */
    public byte[] digest() {
        byte[] known = digest;
        if (known == null) {
            try {
                known = MessageDigest.getInstance("SHA-256").digest(deflated);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
            digest = known;
        }
        return known.clone();
    }

    /** The text {@link #packed()} gave, without packing it again. */
    public static PackedText ofPacked(byte[] packed, int utf8Size, boolean blank) {
        return new PackedText(packed.clone(), utf8Size, blank);
    }

    /** Length of the text in UTF-8 bytes. */
    public int utf8Size() {
        return size;
    }

    /** How many bytes the packed text takes. */
    public int packedSize() {
        return deflated.length;
    }

    /** Whether the text is empty or only white space, known without unpacking it. */
    public boolean isBlank() {
        return blank;
    }

    /** The text: templates print a packed body as they would print a string. */
    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedText packed && size == packed.size && Arrays.equals(deflated, packed.deflated);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(deflated);
    }
}
