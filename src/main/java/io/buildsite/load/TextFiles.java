package io.buildsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads content files as strict UTF-8: a wrong byte is the author's problem to hear about, not to hide. */
final class TextFiles {
    /** Larger files are refused: no lesson is this big, and reading one would only hide a mistake. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private TextFiles() {
    }

    /** A file's text, and that text as UTF-8 (the file's own bytes when reading changed nothing), for hashing. */
    record Text(String text, byte[] utf8) {
    }

    static String read(Path file) throws IOException, InvalidContentException {
        return readText(file).text();
    }

    static Text readText(Path file) throws IOException, InvalidContentException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InvalidContentException(1, 1, "file is " + size + " bytes, more than the limit of "
                    + MAX_BYTES + " bytes for a content file");
        }
        byte[] bytes = Files.readAllBytes(file);
        // The JDK's own decoding is several times faster than a decoder that reports; it marks a wrong
        // byte with U+FFFD, and only then is the file decoded again, strictly, to find that byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strictly(bytes);
        }
        String normal = text.replace("\r\n", "\n");
        if (normal.startsWith("\uFEFF")) {
            normal = normal.substring(1);
        }
        return new Text(normal, normal.length() == text.length() ? bytes : normal.getBytes(StandardCharsets.UTF_8));
    }

    private static String strictly(byte[] bytes) throws InvalidContentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalidByteAt(bytes, in.position());
        }
        return out.flip().toString();
    }

    private static InvalidContentException invalidByteAt(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        int value = offset < bytes.length ? bytes[offset] & 0xFF : 0;
        return new InvalidContentException(line, column,
                "file is not valid UTF-8 (byte 0x" + String.format("%02X", value) + ")");
    }
}
