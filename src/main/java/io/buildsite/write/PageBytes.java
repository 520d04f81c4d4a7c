package io.buildsite.write;

import io.buildsite.model.PackedText;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A page as the template writes it, kept as UTF-8 bytes: a packed body (most of a lesson page) goes in as
 * the bytes it was packed from, never decoded into a Java string and encoded back, which took half of
 * writing a site. The text the template writes between bodies is gathered and encoded a run at a time
 * (so a character split between two writes stays whole). Printed values turn into text as Pebble's own
 * writer turns them ({@link SpecializedWriter#write(Object)}).
 */
class PageBytes extends Writer implements SpecializedWriter {
    private final ByteArrayOutputStream bytes;
    private final StringBuilder text = new StringBuilder(8 * 1024);

    PageBytes(int expected) {
        bytes = new ByteArrayOutputStream(expected);
    }

    @Override
    public void write(Object value) {
        PackedText packed = value instanceof PackedRawFilter.PackedSafeText safe ? safe.packed()
                : value instanceof PackedText plain ? plain : null;
        if (packed == null) {
            SpecializedWriter.super.write(value);
            return;
        }
        encodeText();
        bytes.writeBytes(packed.utf8());
    }

    @Override
    public void writeSpecialized(int i) {
        text.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
        text.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
        text.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
        text.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
        text.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
        text.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
        text.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
        text.append(s);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    private void encodeText() {
        if (!text.isEmpty()) {
            bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    /** The page's bytes. */
    byte[] toByteArray() {
        encodeText();
        return bytes.toByteArray();
    }

    @Override
    public void flush() {
        // nothing is buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }
}
