package io.buildsite.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the math delimiters of a body in one pass over its characters, after {@link CodeLines} has found
 * its code: each opener is paired with its closer, and escapes, code spans, comments, tags and raw
 * elements are stepped over whole, so no math starts inside them.
 */
final class MathScanner {
    /** Raw elements whose content is not math; script, style and textarea are dropped later anyway. */
    private static final Set<String> RAW_ELEMENTS = Set.of("pre", "code", "script", "style", "textarea");

    /** Math at {@code [start, end)} of the source; its TeX is that text, less the quote markers of its lines. */
    record Span(int start, int end, String tex) {
    }

    private enum Closer {
        DOLLAR(1), DOUBLE_DOLLAR(2), PARENTHESIS(2), BRACKET(2);

        final int length;

        Closer(int length) {
            this.length = length;
        }
    }

    /** A search for a closer from {@code from}: its answer holds for any later start up to {@code stop}. */
    private record Search(int from, int stop, int limit, int found) {
    }

    private final String s;
    private final int length;
    private final CodeLines lines;
    private final List<Span> spans = new ArrayList<>();
    /** The last search per closer, so that openers failing on one line or paragraph cost one search. */
    private final Map<Closer, Search> searched = new EnumMap<>(Closer.class);
    /** Raw elements found without a closing tag: none comes later either. */
    private final Set<String> unclosed = new HashSet<>();

    private MathScanner(String source) {
        s = source;
        length = source.length();
        lines = new CodeLines(source);
    }

    /** The math spans of {@code source}, in order. */
    static List<Span> spans(String source) {
        return new MathScanner(source).scan();
    }

    private List<Span> scan() {
        int line = 0;
        int i = 0;
        while (i < length) {
            line = lines.lineFrom(line, i);
            if (lines.isCode(line)) {
                i = lines.lineEnd(line) + 1;
                continue;
            }
            i = switch (s.charAt(i)) {
                case '\\' -> afterBackslash(i, line);
                case '$' -> afterDollar(i, line);
                case '`' -> lines.afterBackticks(i, line);
                case '<' -> afterAngle(i);
                default -> i + 1;
            };
        }
        return spans;
    }

    private int afterBackslash(int i, int line) {
        if (i + 1 >= length) {
            return length;
        }
        char next = s.charAt(i + 1);
        if (next == '(') {
            return span(i, 2, Closer.PARENTHESIS, lines.lineEnd(line));
        }
        if (next == '[') {
            return span(i, 2, Closer.BRACKET, lines.paragraphEnd(line));
        }
        return i + 2; // an escaped character, \$ and \` among them, opens nothing
    }

    private int afterDollar(int i, int line) {
        if (i + 1 < length && s.charAt(i + 1) == '$') {
            return span(i, 2, Closer.DOUBLE_DOLLAR, lines.paragraphEnd(line));
        }
        if (i + 1 >= length || Character.isWhitespace(s.charAt(i + 1))) {
            return i + 1;
        }
        return span(i, 1, Closer.DOLLAR, lines.lineEnd(line));
    }

    /** Comments, raw elements with their content, and tags are skipped whole: no math starts inside. */
    private int afterAngle(int i) {
        if (s.startsWith("<!--", i)) {
            int end = RawHtmlSyntax.commentEnd(s, i);
            return end < 0 ? i + 4 : end;
        }
        int tagEnd = RawHtmlSyntax.tagEnd(s, i);
        if (tagEnd < 0) {
            return i + 1;
        }
        String name = RawHtmlSyntax.tagName(s, i + 1, length);
        if (RAW_ELEMENTS.contains(name) && !unclosed.contains(name)) {
            int close = RawHtmlSyntax.indexOfIgnoreCase(s, "</" + name, tagEnd, length);
            int closeEnd = close < 0 ? -1 : s.indexOf('>', close);
            if (closeEnd >= 0) {
                return closeEnd + 1;
            }
            unclosed.add(name);
        }
        return tagEnd;
    }

    /** Records the span opened at {@code open} if its closer comes, and returns where scanning goes on. */
    private int span(int open, int openerLength, Closer closer, int limit) {
        int content = open + openerLength;
        // Inline math holds at least the character after its dollar, which is not a space.
        int at = closerAt(closer, closer == Closer.DOLLAR ? content + 1 : content, limit);
        if (at <= content) {
            return content;
        }
        int end = at + closer.length;
        spans.add(new Span(open, end, tex(open, end)));
        return end;
    }

    /**
     * The span's text. Display math in a quote goes on over lines that begin with the quote's markers:
     * those belong to the Markdown around the math, so they are left out, as flexmark leaves them out
     * of the paragraph's text.
     */
    private String tex(int start, int end) {
        int lineStart = s.lastIndexOf('\n', start - 1) + 1;
        int depth = 0;
        for (int i = lineStart; i < start; i = quoteMarkerEnd(i)) {
            if (quoteMarkerEnd(i) == i) {
                break;
            }
            depth++;
        }
        int newline = s.indexOf('\n', start);
        if (depth == 0 || newline < 0 || newline >= end) {
            return s.substring(start, end);
        }
        StringBuilder tex = new StringBuilder(end - start);
        int index = start;
        for (; newline >= 0 && newline < end; newline = s.indexOf('\n', newline + 1)) {
            tex.append(s, index, newline + 1);
            index = newline + 1;
            for (int marker = 0; marker < depth && quoteMarkerEnd(index) > index; marker++) {
                index = quoteMarkerEnd(index);
            }
        }
        return tex.append(s, index, end).toString();
    }

    /** The end of the quote marker ({@code >}, up to three spaces before it, one after) at {@code i}, or {@code i}. */
    private int quoteMarkerEnd(int i) {
        int j = i;
        while (j < length && j - i < 3 && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= length || s.charAt(j) != '>') {
            return i;
        }
        j++;
        return j < length && s.charAt(j) == ' ' ? j + 1 : j;
    }

    /** The first closer in {@code [from, limit)} with no whole HTML tag or comment before it, or -1. */
    private int closerAt(Closer closer, int from, int limit) {
        Search last = searched.get(closer);
        if (last != null && last.from() <= from && from <= last.stop() && last.limit() == limit) {
            return last.found();
        }
        int found = -1;
        int stop = limit;
        int tagStart = -1;
        int tagEnd = Integer.MAX_VALUE;
        for (int j = from; j < limit; j++) {
            if (j >= tagEnd) {
                stop = tagStart;
                break;
            }
            if (closes(closer, j, limit)) {
                found = j;
                stop = j;
                break;
            }
            if (s.charAt(j) == '<') {
                int end = s.startsWith("<!--", j) ? RawHtmlSyntax.commentEnd(s, j) : RawHtmlSyntax.tagEnd(s, j);
                if (end > 0 && end < tagEnd) {
                    tagStart = j;
                    tagEnd = end;
                }
            }
        }
        searched.put(closer, new Search(from, stop, limit, found));
        return found;
    }

    private boolean closes(Closer closer, int j, int limit) {
        char c = s.charAt(j);
        return switch (closer) {
            case DOLLAR -> c == '$' && !escaped(j) && !Character.isWhitespace(s.charAt(j - 1))
                    && (j + 1 >= length || !RawHtmlSyntax.isAsciiDigit(s.charAt(j + 1)));
            case DOUBLE_DOLLAR -> c == '$' && j + 1 < limit && s.charAt(j + 1) == '$' && !escaped(j);
            case PARENTHESIS -> c == '\\' && j + 1 < limit && s.charAt(j + 1) == ')' && !escaped(j);
            case BRACKET -> c == '\\' && j + 1 < limit && s.charAt(j + 1) == ']' && !escaped(j);
        };
    }

    /** Whether an odd run of backslashes stands before {@code j}. */
    private boolean escaped(int j) {
        int k = j;
        while (k > 0 && s.charAt(k - 1) == '\\') {
            k--;
        }
        return (j - k) % 2 == 1;
    }
}
