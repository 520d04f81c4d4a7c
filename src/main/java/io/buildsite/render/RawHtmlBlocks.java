package io.buildsite.render;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises a body that is nothing but raw HTML blocks, as CommonMark splits them, without running
 * the Markdown parser: most lesson bodies are such, and parsing them only to copy them out was the
 * largest cost of rendering. Knows three kinds of block: {@code <pre>} up to the line that closes it,
 * a comment up to its {@code -->}, and a block-level tag up to the next blank line. Anything else
 * (Markdown text, indented code, other kinds of HTML block) gives null, and the body goes to the
 * parser instead; where it answers, the answer equals the parser's (a property test holds it to that).
 */
final class RawHtmlBlocks {
    /** Block-level tags that start an HTML block ending at a blank line (CommonMark's kind 6). */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
            "html", "iframe", "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table",
            "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul");

    private RawHtmlBlocks() {
    }

    /** Whether {@code name} (lower case) starts an HTML block that a blank line ends. */
    static boolean isBlockTag(String name) {
        return BLOCK_TAGS.contains(name);
    }

    /** The blocks, each followed by a line break, as the parser would give them; null when unsure. */
    static String copyOrNull(String source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        return copyPrefix(source, out, true) == source.length() ? out.toString() : null;
    }

    /**
     * Copies the body's leading raw HTML blocks to {@code out} and returns where the rest starts: the start
     * of the first line that may be anything else (its length when all of it is such blocks, 0 when
     * unsure from the start). The blocks end where the parser would end them whatever follows, and the
     * rest starts with no block open, so the parser makes of the rest alone what it makes of it within
     * the body. With {@code breakAfterEach}, each block is followed by one more line break, as
     * {@link #copyOrNull} gives them; without, as the renderer writes them amid Markdown.
     */
    static int copyPrefix(String source, StringBuilder out, boolean breakAfterEach) {
        if (source.indexOf('\r') >= 0 || source.indexOf('\0') >= 0 || source.indexOf('\t') >= 0) {
            return 0;
        }
        int length = source.length();
        int line = 0;
        while (line < length) {
            int end = lineEnd(source, line);
            if (isBlank(source, line, end)) {
                line = next(end, length);
                continue;
            }
            int indent = 0;
            while (line + indent < end && source.charAt(line + indent) == ' ') {
                indent++;
            }
            if (indent > 3) {
                return line;
            }
            int start = line + indent;
            int blockEnd;
            if (startsWithIgnoreCase(source, start, "<!--")) {
                blockEnd = endOfLineContaining(source, start + 4, "-->");
            } else if (opensPre(source, start, end)) {
                blockEnd = endOfLineContaining(source, start, "</pre>");
                if (blockEnd >= 0 && containsOtherRawEnd(source, start, blockEnd)) {
                    return line;
                }
            } else if (opensBlockTag(source, start, end)) {
                blockEnd = end;
                int l = next(end, length);
                while (l < length) {
                    int e = lineEnd(source, l);
                    if (isBlank(source, l, e)) {
                        break;
                    }
                    blockEnd = e;
                    l = next(e, length);
                }
            } else {
                return line;
            }
            if (blockEnd < 0) {
                return line;
            }
            int through = blockEnd < length ? blockEnd + 1 : length;
            out.append(source, line, through);
            if (breakAfterEach || source.charAt(through - 1) != '\n') {
                out.append('\n');
            }
            line = through;
        }
        return length;
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static int next(int lineEnd, int length) {
        return Math.min(lineEnd + 1, length);
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The end of the line holding {@code marker} (searched from {@code from}), or -1 when it never comes. */
    private static int endOfLineContaining(String s, int from, String marker) {
        int at = RawHtmlSyntax.indexOfIgnoreCase(s, marker, from, s.length());
        return at < 0 ? -1 : lineEnd(s, at);
    }

    private static boolean opensPre(String s, int start, int end) {
        if (!startsWithIgnoreCase(s, start, "<pre")) {
            return false;
        }
        int after = start + 4;
        return after == end || s.charAt(after) == ' ' || s.charAt(after) == '>';
    }

    /** Script, style or textarea end tags would end a raw block too: leave such bodies to the parser. */
    private static boolean containsOtherRawEnd(String s, int from, int to) {
        for (String end : new String[] {"</script", "</style", "</textarea"}) {
            if (RawHtmlSyntax.indexOfIgnoreCase(s, end, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensBlockTag(String s, int start, int end) {
        if (start >= end || s.charAt(start) != '<') {
            return false;
        }
        int i = start + 1;
        if (i < end && s.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < end && RawHtmlSyntax.isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == nameStart || !BLOCK_TAGS.contains(s.substring(nameStart, i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (i == end) {
            return true;
        }
        char c = s.charAt(i);
        return c == ' ' || c == '>' || (c == '/' && i + 1 < end && s.charAt(i + 1) == '>');
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }
}
