package io.buildsite.write;

import io.buildsite.model.PackedText;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as the template writes it, kept as UTF-8 bytes: a packed body (most of a lesson page) goes in as
 * the bytes it was packed from, never decoded into a Java string and encoded back, which took half of
 * writing a site. Everything else the template writes is encoded as it comes. Printed values turn into
 * text as Pebble's own writer turns them ({@link SpecializedWriter#write(Object)}).
 */
final class PageBytes extends Writer implements SpecializedWriter {
    private byte[] bytes;
    private int size;
    /** A high surrogate whose low half is still to come, from a write that ended between the two. */
    private char pendingHigh;

    PageBytes(int expected) {
        bytes = new byte[Math.max(expected, 64)];
    }

    @Override
    public void write(Object value) {
        if (value instanceof PackedRawFilter.PackedSafeText safe) {
            flushPending();
            append(safe.packed().utf8());
        } else if (value instanceof PackedText packed) {
            flushPending();
            append(packed.utf8());
        } else {
            SpecializedWriter.super.write(value);
        }
    }

    @Override
    public void writeSpecialized(int i) {
        writeSpecialized(String.valueOf(i));
    }

    @Override
    public void writeSpecialized(long l) {
        writeSpecialized(String.valueOf(l));
    }

    @Override
    public void writeSpecialized(double d) {
        writeSpecialized(String.valueOf(d));
    }

    @Override
    public void writeSpecialized(float f) {
        writeSpecialized(String.valueOf(f));
    }

    @Override
    public void writeSpecialized(short s) {
        writeSpecialized(String.valueOf(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        writeSpecialized(String.valueOf(b));
    }

    @Override
    public void writeSpecialized(char c) {
        writeSpecialized(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String text, int off, int len) {
        if (len <= 0) {
            return;
        }
        String whole = off == 0 && len == text.length() ? text : text.substring(off, off + len);
        if (pendingHigh != 0) {
            whole = pendingHigh + whole;
            pendingHigh = 0;
        }
        char last = whole.charAt(whole.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            whole = whole.substring(0, whole.length() - 1);
        }
        append(whole.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(char[] chars, int off, int len) {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            append(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
            pendingHigh = 0;
        }
    }

    private void append(byte[] more) {
        if (size + more.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    /** The page's bytes, with a lone surrogate at the end written as Java writes one. */
    byte[] toByteArray() {
        flushPending();
        return Arrays.copyOf(bytes, size);
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
