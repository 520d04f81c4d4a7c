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

    static String read(Path file) throws IOException, InvalidContentException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InvalidContentException(1, 1, "file is " + size + " bytes, more than the limit of "
                    + MAX_BYTES + " bytes for a content file");
        }
        byte[] bytes = Files.readAllBytes(file);
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
        String text = out.flip().toString().replace("\r\n", "\n");
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
