package io.buildsite.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TextFilesTest {
    @TempDir
    Path dir;

    private Path write(byte[]... parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        Path file = dir.resolve("x.md");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8Text() throws Exception {
        Path file = write(utf8("---\ntitle: Đăng ký\n---\n"));

        assertThat(TextFiles.read(file)).isEqualTo("---\ntitle: Đăng ký\n---\n");
    }

    @Test
    void invalidByteIsReportedAtItsLineAndColumn() throws Exception {
        Path file = write(utf8("---\nab"), new byte[] {(byte) 0xFF}, utf8("cd\n"));

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> TextFiles.read(file));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("file is not valid UTF-8 (byte 0xFF)");
    }

    @Test
    void columnCountsCharactersNotBytes() throws Exception {
        Path file = write(utf8("đa"), new byte[] {(byte) 0xC3, '('});

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> TextFiles.read(file));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("0xC3");
    }

    @Test
    void sequenceCutOffAtTheEndOfTheFileIsInvalid() throws Exception {
        Path file = write(utf8("ok\nx"), new byte[] {(byte) 0xE1, (byte) 0xBA});

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> TextFiles.read(file));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void windowsLineEndingsBecomeNewlines() throws Exception {
        Path file = write(utf8("---\r\ntitle: A\r\n---\r\nbody\r\n"));

        assertThat(TextFiles.read(file)).isEqualTo("---\ntitle: A\n---\nbody\n");
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        Path file = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("---\n"));

        assertThat(TextFiles.read(file)).isEqualTo("---\n");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws Exception {
        Path file = dir.resolve("big.md");
        Files.write(file, new byte[(int) TextFiles.MAX_BYTES + 1]);

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> TextFiles.read(file));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("more than the limit");
    }
}
