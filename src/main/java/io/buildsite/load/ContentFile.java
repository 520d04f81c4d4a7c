package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.PackedText;
import io.buildsite.model.Source;
import io.buildsite.text.Lines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One front-matter file being read: reports its problems at the line of the key they concern. */
final class ContentFile {
    final String path;
    final String text;
    /** The text as UTF-8: the file's own bytes unless reading normalised it. */
    private final byte[] utf8;
    final FrontMatter frontMatter;
    private final String hash;
    private final Diagnostics diagnostics;

    ContentFile(String path, String text, byte[] utf8, String hash, FrontMatter frontMatter, Diagnostics diagnostics) {
        this.path = path;
        this.text = text;
        this.utf8 = utf8;
        this.hash = hash;
        this.frontMatter = frontMatter;
        this.diagnostics = diagnostics;
    }

    Fields fields() {
        return new Fields(frontMatter.data(), (key, message) -> error(lineOfKey(key), message));
    }

    /** This file as a model {@link Source}, with its hash and recorded original's hash. */
    Source source(Fields fields) {
        return new Source(path, frontMatter.bodyLine(), hash, fields.string("translation_of_hash"));
    }

    /**
     * The {@code draft} flag. YAML 1.1 also reads {@code yes}, {@code on} and {@code y} as true, which other
     * front-matter readers take for text: only {@code true} and {@code false} are accepted, so that no reader
     * publishes a page its author meant to hold back.
     */
    boolean draft(Fields fields) {
        Boolean value = fields.bool("draft");
        String written = writtenWithQuotes("draft");
        if (value != null && written != null && !written.equalsIgnoreCase(value.toString())) {
            error(lineOfKey("draft"), "'draft' must be true or false, not '" + written + "'");
        }
        return Boolean.TRUE.equals(value);
    }

    /** The value of the top-level {@code key: value} line as written, quotes kept, without a comment; null if there is none. */
    private String writtenWithQuotes(String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "[ \\t]*:[ \\t]*(.*)$").matcher(text);
        return m.find() ? m.group(1).replaceFirst("(^|\\s)#.*$", "").strip() : null;
    }

    /** The body after the front matter, packed from the file's bytes. */
    PackedText body() {
        String body = frontMatter.body();
        return PackedText.ofUtf8(utf8, utf8Length(text, text.length() - body.length()), body.isBlank());
    }

    /** How many UTF-8 bytes the first {@code end} characters of {@code text} take. */
    private static int utf8Length(String text, int end) {
        int bytes = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    void error(int line, String message) {
        diagnostics.error(path, line, 1, message);
    }

    void warning(int line, String message) {
        diagnostics.warning(path, line, 1, message);
    }

    /** Line of the first {@code key:} in the front matter; line 1 if it is not written. */
    int lineOfKey(String key) {
        Matcher m = Pattern.compile("(?m)^[ \\t-]*" + Pattern.quote(key) + "\\s*:").matcher(text);
        return m.find() ? lineAt(m.start()) : 1;
    }

    /**
     * The value of the top-level {@code key:} as written on its line, unquoted and without a comment; null
     * when it is not written on one line. YAML reads some values leniently (its dates roll 02-30 over into
     * March): this is the text the author wrote.
     */
    String writtenValue(String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "[ \\t]*:[ \\t]*(['\"]?)([^'\"#\\n]*?)\\1[ \\t]*(#.*)?$")
                .matcher(text);
        return m.find() ? m.group(2) : null;
    }

    /**
     * Line of the first {@code key: value} entry at or after {@code fromLine} (the value quoted or
     * not, and nothing else on the line); {@code fromLine} if there is none.
     */
    int lineOfEntry(String key, String value, int fromLine) {
        Matcher m = Pattern.compile("(?m)^[ \\t-]*" + Pattern.quote(key) + "\\s*:\\s*['\"]?" + Pattern.quote(value)
                + "['\"]?\\s*$").matcher(text);
        return m.find(offsetOfLine(fromLine)) ? lineAt(m.start()) : fromLine;
    }

    /** Line of the first list item {@code - value} at or after {@code fromLine}; {@code fromLine} if there is none. */
    int lineOfItem(String value, int fromLine) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*-[ \\t]*['\"]?" + Pattern.quote(value) + "['\"]?[ \\t]*$").matcher(text);
        return m.find(offsetOfLine(fromLine)) ? lineAt(m.start()) : fromLine;
    }

    private int lineAt(int offset) {
        return Lines.lineAt(text, offset);
    }

    private int offsetOfLine(int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return offset;
    }
}
