package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One front-matter file being read: reports its problems at the line of the key they concern. */
final class ContentFile {
    final String path;
    final String text;
    final FrontMatter frontMatter;
    private final String hash;
    private final Diagnostics diagnostics;

    ContentFile(String path, String text, String hash, FrontMatter frontMatter, Diagnostics diagnostics) {
        this.path = path;
        this.text = text;
        this.hash = hash;
        this.frontMatter = frontMatter;
        this.diagnostics = diagnostics;
    }

    Fields fields() {
        return new Fields(frontMatter.data(), (key, message) -> error(lineOfKey(key), message));
    }

    /** This file as a model {@link io.buildsite.model.Source}, with its hash and recorded original's hash. */
    io.buildsite.model.Source source(Fields fields) {
        return new io.buildsite.model.Source(path, frontMatter.bodyLine(), hash,
                fields.string("translation_of_hash"));
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
     * Line of the first {@code key: value} entry at or after {@code fromLine} (the value quoted or
     * not, and nothing else on the line); {@code fromLine} if there is none.
     */
    int lineOfEntry(String key, String value, int fromLine) {
        Matcher m = Pattern.compile("(?m)^[ \\t-]*" + Pattern.quote(key) + "\\s*:\\s*['\"]?" + Pattern.quote(value)
                + "['\"]?\\s*$").matcher(text);
        return m.find(offsetOfLine(fromLine)) ? lineAt(m.start()) : fromLine;
    }

    private int lineAt(int offset) {
        return io.buildsite.text.Lines.lineAt(text, offset);
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
