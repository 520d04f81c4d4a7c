package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Severity;
import io.buildsite.model.PackedText;
import io.buildsite.text.CountedWords;
import io.buildsite.text.Vocabulary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rendered body and the problems its render reported, as bytes for the build cache and back. The
 * packed texts are kept packed, so a body read from the cache is equal, field by field, to the one that
 * was rendered. Sets are written sorted, so the same body always gives the same bytes.
 */
final class RenderedBodyCodec {
    /** Rendered bodies and their problems, read back. */
    record Decoded(RenderedBody body, List<Diagnostic> diagnostics) {
    }

    private RenderedBodyCodec() {
    }

    static byte[] encode(RenderedBody body, List<Diagnostic> diagnostics) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.html().packedSize() + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            packed(out, body.html());
            out.writeInt(body.words().size());
            for (int i = 0; i < body.words().size(); i++) {
                text(out, body.words().word(i));
                out.writeInt(body.words().count(i));
            }
            packed(out, body.textStart());
            out.writeInt(body.toc().size());
            for (TocEntry entry : body.toc()) {
                text(out, entry.id());
                text(out, entry.title());
                out.writeInt(entry.level());
            }
            strings(out, body.codeLanguages());
            out.writeBoolean(body.hasMath());
            out.writeInt(body.links().size());
            for (InternalLink link : body.links()) {
                nullable(out, link.path());
                nullable(out, link.fragment());
                out.writeInt(link.line());
            }
            strings(out, body.ids());
            out.writeInt(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                text(out, d.path());
                out.writeInt(d.line());
                out.writeInt(d.column());
                text(out, d.severity().name());
                text(out, d.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The body and problems in {@code bytes}; an {@link IOException} if they are not what encode wrote. */
    static Decoded decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            PackedText html = packed(in);
            int wordCount = count(in);
            String[] words = new String[wordCount];
            int[] counts = new int[wordCount];
            for (int i = 0; i < wordCount; i++) {
                words[i] = Vocabulary.canonical(text(in));
                counts[i] = in.readInt();
            }
            PackedText textStart = packed(in);
            int tocSize = count(in);
            List<TocEntry> toc = new ArrayList<>(tocSize);
            for (int i = 0; i < tocSize; i++) {
                toc.add(new TocEntry(text(in), text(in), in.readInt()));
            }
            Set<String> languages = strings(in);
            boolean math = in.readBoolean();
            int linkCount = count(in);
            List<InternalLink> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) {
                links.add(new InternalLink(nullable(in), nullable(in), in.readInt()));
            }
            Set<String> ids = strings(in);
            int diagnosticCount = count(in);
            List<Diagnostic> diagnostics = new ArrayList<>(diagnosticCount);
            for (int i = 0; i < diagnosticCount; i++) {
                diagnostics.add(new Diagnostic(text(in), in.readInt(), in.readInt(), severity(text(in)),
                        text(in)));
            }
            if (in.read() != -1) {
                throw new IOException("bytes after the end of a rendered body");
            }
            return new Decoded(new RenderedBody(html, CountedWords.ofCounts(words, counts), textStart, toc, languages,
                    math, links, ids), diagnostics);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("not a rendered body: " + e.getMessage(), e);
        }
    }

    private static void packed(DataOutputStream out, PackedText text) throws IOException {
        byte[] packed = text.packed();
        out.writeInt(packed.length);
        out.write(packed);
        out.writeInt(text.utf8Size());
        out.writeBoolean(text.isBlank());
    }

    private static PackedText packed(DataInputStream in) throws IOException {
        byte[] packed = new byte[count(in)];
        in.readFully(packed);
        return PackedText.ofPacked(packed, count(in), in.readBoolean());
    }

    private static void strings(DataOutputStream out, Set<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : new TreeSet<>(strings)) {
            text(out, s);
        }
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        int size = count(in);
        Set<String> strings = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            strings.add(text(in));
        }
        return strings;
    }

    /** Any length: writeUTF stops at 64 KiB, which a heading's title may pass. */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[count(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            text(out, s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? text(in) : null;
    }

    /** A count or size, which is never negative nor more than the bytes could hold. */
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 64 << 20) {
            throw new IOException("not a rendered body: a count of " + count);
        }
        return count;
    }

    private static Severity severity(String name) throws IOException {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a severity: " + name, e);
        }
    }
}
