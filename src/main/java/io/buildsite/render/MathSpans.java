package io.buildsite.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TeX math in a body ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}), kept out of Markdown's
 * reach: Markdown reads {@code \,} and {@code \\} as escapes and {@code _…_} as emphasis, and an HTML parser
 * reads {@code a<b} as a tag. Each span is swapped for a placeholder before the Markdown step and put back,
 * escaped for HTML, into its output, so the TeX reaches the page and the search text as written.
 *
 * <p>A {@code $} is math by the usual rule: an opening one is not followed by a space, a closing one is
 * neither preceded by a space nor followed by a digit ({@code $5 and $10} is money), and {@code \$} is a
 * dollar. Inline math stays on its line; display math stays within its paragraph. Code is left alone:
 * code spans, fenced and indented code, raw {@code <pre>} and {@code <code>}; and no span reaches across
 * an HTML tag, so dollars in neighbouring table cells stay text.
 */
final class MathSpans {
    /** Raw elements whose content is not math; script, style and textarea are dropped later anyway. */
    private static final Set<String> RAW_ELEMENTS = Set.of("pre", "code", "script", "style", "textarea");
    private static final Set<String> RAW_BLOCKS = Set.of("pre", "script", "style", "textarea");

    private final String text;
    private final String key;
    private final List<String> spans;

    private MathSpans(String text, String key, List<String> spans) {
        this.text = text;
        this.key = key;
        this.spans = spans;
    }

    /** The source with each math span replaced by a placeholder. */
    static MathSpans protect(String source) {
        if (source.indexOf('$') < 0 && !source.contains("\\(") && !source.contains("\\[")) {
            return new MathSpans(source, "", List.of());
        }
        List<Span> found = new Scanner(source).spans();
        if (found.isEmpty()) {
            return new MathSpans(source, "", List.of());
        }
        // A key the source never holds, so every placeholder in the output is one of ours.
        String key = "texmath";
        while (source.contains(key)) {
            key += "x";
        }
        StringBuilder text = new StringBuilder(source.length());
        List<String> spans = new ArrayList<>(found.size());
        int index = 0;
        for (Span span : found) {
            // Dollars around letters and digits: Markdown sees the same punctuation at both ends as it
            // would around the math, and nothing in a URL or attribute changes them.
            text.append(source, index, span.start()).append('$').append(key).append(spans.size()).append('$');
            spans.add(span.tex());
            index = span.end();
        }
        return new MathSpans(text.append(source, index, source.length()).toString(), key, List.copyOf(spans));
    }

    String text() {
        return text;
    }

    /** {@code html} made from {@link #text()}, with each span back in place, escaped for HTML. */
    String restore(String html) {
        if (spans.isEmpty()) {
            return html;
        }
        String marker = "$" + key;
        StringBuilder out = new StringBuilder(html.length() + 64);
        int index = 0;
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            int digits = at + marker.length();
            int end = digits;
            while (end < html.length() && html.charAt(end) >= '0' && html.charAt(end) <= '9' && end - digits < 9) {
                end++;
            }
            if (end == digits || end >= html.length() || html.charAt(end) != '$') {
                continue;
            }
            int n = Integer.parseInt(html, digits, end, 10);
            if (n >= spans.size()) {
                continue;
            }
            out.append(html, index, at);
            escape(spans.get(n), out);
            index = end + 1;
            at = end;
        }
        return out.append(html, index, html.length()).toString();
    }

    /**
     * How many line breaks the spans held whose placeholders come before {@code offset} of {@code text} (made
     * from {@link #text()}): to place a problem found in {@code text} on the body's own line.
     */
    int lineBreaksHiddenBefore(String text, int offset) {
        if (spans.isEmpty()) {
            return 0;
        }
        String marker = "$" + key;
        int hidden = 0;
        for (int at = text.indexOf(marker); at >= 0 && at < offset; at = text.indexOf(marker, at + 1)) {
            int digits = at + marker.length();
            int end = digits;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9' && end - digits < 9) {
                end++;
            }
            if (end > digits && Integer.parseInt(text, digits, end, 10) < spans.size()) {
                hidden += (int) spans.get(Integer.parseInt(text, digits, end, 10)).chars().filter(c -> c == '\n').count();
            }
        }
        return hidden;
    }

    /** As flexmark escapes text, so a span that lands in code or an attribute reads as it would have. */
    private static void escape(String tex, StringBuilder out) {
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /** Math at {@code [start, end)} of the source; its TeX is that text, less the quote markers of its lines. */
    private record Span(int start, int end, String tex) {
    }

    /** A pass over a source's lines to find its code, then one over its characters to find the spans. */
    private static final class Scanner {
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
        private final int[] lineStarts;
        private final boolean[] blank;
        private final boolean[] code;
        private final List<Span> spans = new ArrayList<>();
        /** The last search per closer, so that openers failing on one line or paragraph cost one search. */
        private final Map<Closer, Search> searched = new EnumMap<>(Closer.class);
        /** Raw elements found without a closing tag: none comes later either. */
        private final Set<String> unclosed = new HashSet<>();
        private int paragraphLastLine = -1;
        private int paragraphEnd;

        Scanner(String source) {
            s = source;
            length = source.length();
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            blank = new boolean[lineStarts.length];
            code = new boolean[lineStarts.length];
            markCodeLines();
        }

        List<Span> spans() {
            int line = 0;
            int i = 0;
            while (i < length) {
                while (line + 1 < lineStarts.length && lineStarts[line + 1] <= i) {
                    line++;
                }
                if (code[line]) {
                    i = lineEnd(line) + 1;
                    continue;
                }
                i = switch (s.charAt(i)) {
                    case '\\' -> afterBackslash(i, line);
                    case '$' -> afterDollar(i, line);
                    case '`' -> afterBackticks(i, line);
                    case '<' -> afterAngle(i);
                    default -> i + 1;
                };
            }
            return spans;
        }

        private int lineEnd(int line) {
            return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : length;
        }

        /**
         * Fenced and indented code lines, as CommonMark finds them, following list items so that their
         * indented paragraphs are not taken for code. Raw {@code <pre>}-like blocks and block-level HTML
         * are followed too, as fences and indentation mean nothing inside them.
         */
        private void markCodeLines() {
            Deque<Integer> listContent = new ArrayDeque<>();
            boolean afterBlank = true;
            boolean afterCode = false;
            boolean inHtmlBlock = false;
            String rawEnd = null;
            char fence = 0;
            int fenceLength = 0;
            for (int line = 0; line < lineStarts.length; line++) {
                int start = lineStarts[line];
                int end = lineEnd(line);
                int first = start;
                int column = 0;
                while (first < end && (s.charAt(first) == ' ' || s.charAt(first) == '\t')) {
                    column = s.charAt(first) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                    first++;
                }
                blank[line] = first == end || (first == end - 1 && s.charAt(first) == '\r');
                if (rawEnd != null) {
                    if (indexOfIgnoreCase(rawEnd, start, end) >= 0) {
                        rawEnd = null;
                    }
                    continue;
                }
                if (fence != 0) {
                    code[line] = true;
                    int run = runLength(first, end, fence);
                    if (run >= fenceLength && isBlank(first + run, end)) {
                        fence = 0;
                    }
                    continue;
                }
                if (blank[line]) {
                    afterBlank = true;
                    inHtmlBlock = false;
                    continue;
                }
                if (afterBlank) {
                    while (!listContent.isEmpty() && column < listContent.peek()) {
                        listContent.pop();
                    }
                }
                int indent = column - (listContent.isEmpty() ? 0 : listContent.peek());
                if (indent >= 4 && !inHtmlBlock && (afterBlank || afterCode)) {
                    code[line] = true;
                    afterCode = true;
                    afterBlank = false;
                    continue;
                }
                afterCode = false;
                afterBlank = false;
                if (indent >= 4 || inHtmlBlock) {
                    continue;
                }
                char c = s.charAt(first);
                int run = c == '`' || c == '~' ? runLength(first, end, c) : 0;
                if (run >= 3 && (c == '~' || s.lastIndexOf('`', end - 1) < first + run)) {
                    code[line] = true;
                    fence = c;
                    fenceLength = run;
                } else if (s.startsWith("<!--", first)) {
                    rawEnd = indexOfIgnoreCase("-->", first + 4, end) < 0 ? "-->" : null;
                } else if (c == '<' && RAW_BLOCKS.contains(tagName(first + 1, end))) {
                    String closing = "</" + tagName(first + 1, end);
                    rawEnd = indexOfIgnoreCase(closing, first, end) < 0 ? closing : null;
                } else if (c == '<' && RawHtmlBlocks.isBlockTag(tagName(s.startsWith("</", first) ? first + 2 : first + 1, end))) {
                    inHtmlBlock = true;
                } else {
                    int content = listItemContent(first, end);
                    if (content >= 0) {
                        while (!listContent.isEmpty() && column < listContent.peek()) {
                            listContent.pop();
                        }
                        listContent.push(column + content - first);
                    }
                }
            }
        }

        /** Where a list item's content starts (relative to the line), or -1 if the line opens none. */
        private int listItemContent(int first, int end) {
            int i = first;
            char c = s.charAt(i);
            if (c == '-' || c == '+' || c == '*') {
                i++;
            } else {
                while (i < end && i - first < 9 && isAsciiDigit(s.charAt(i))) {
                    i++;
                }
                if (i == first || i >= end || (s.charAt(i) != '.' && s.charAt(i) != ')')) {
                    return -1;
                }
                i++;
            }
            if (i == end) {
                return i + 1;
            }
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return -1;
            }
            int spaces = 0;
            while (i + spaces < end && s.charAt(i + spaces) == ' ') {
                spaces++;
            }
            return spaces >= 1 && spaces <= 4 && i + spaces < end ? i + spaces : i + 1;
        }

        /** The lower-case ASCII tag name starting at {@code from}, ended by a space, {@code >} or {@code /}. */
        private String tagName(int from, int end) {
            int i = from;
            while (i < end && isAsciiLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i == from || !isAsciiLetter(s.charAt(from))) {
                return "";
            }
            if (i < end && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
                return "";
            }
            return s.substring(from, i).toLowerCase(Locale.ROOT);
        }

        private int afterBackslash(int i, int line) {
            if (i + 1 >= length) {
                return length;
            }
            char next = s.charAt(i + 1);
            if (next == '(') {
                return span(i, 2, Closer.PARENTHESIS, lineEnd(line));
            }
            if (next == '[') {
                return span(i, 2, Closer.BRACKET, paragraphEnd(line));
            }
            return i + 2; // an escaped character, \$ and \` among them, opens nothing
        }

        private int afterDollar(int i, int line) {
            if (i + 1 < length && s.charAt(i + 1) == '$') {
                return span(i, 2, Closer.DOUBLE_DOLLAR, paragraphEnd(line));
            }
            if (i + 1 >= length || Character.isWhitespace(s.charAt(i + 1))) {
                return i + 1;
            }
            return span(i, 1, Closer.DOLLAR, lineEnd(line));
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
                    int end = s.startsWith("<!--", j) ? commentEnd(j) : tagEnd(j);
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
                        && (j + 1 >= length || !isAsciiDigit(s.charAt(j + 1)));
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

        /** The end of the paragraph holding {@code line}: before its next blank or code line. */
        private int paragraphEnd(int line) {
            if (line > paragraphLastLine) {
                int last = line;
                while (last + 1 < lineStarts.length && !blank[last + 1] && !code[last + 1]) {
                    last++;
                }
                paragraphLastLine = last;
                paragraphEnd = lineEnd(last);
            }
            return paragraphEnd;
        }

        /** A code span is skipped whole; a backtick run that closes nothing is only text. */
        private int afterBackticks(int i, int line) {
            int run = runLength(i, length, '`');
            int limit = paragraphEnd(line);
            for (int j = s.indexOf('`', i + run); j >= 0 && j < limit; j = s.indexOf('`', j)) {
                int closing = runLength(j, length, '`');
                if (closing == run) {
                    return j + run;
                }
                j += closing;
            }
            return i + run;
        }

        /** Comments, raw elements with their content, and tags are skipped whole: no math starts inside. */
        private int afterAngle(int i) {
            if (s.startsWith("<!--", i)) {
                int end = commentEnd(i);
                return end < 0 ? i + 4 : end;
            }
            int tagEnd = tagEnd(i);
            if (tagEnd < 0) {
                return i + 1;
            }
            String name = tagName(i + 1, length);
            if (RAW_ELEMENTS.contains(name) && !unclosed.contains(name)) {
                int close = indexOfIgnoreCase("</" + name, tagEnd, length);
                int closeEnd = close < 0 ? -1 : s.indexOf('>', close);
                if (closeEnd >= 0) {
                    return closeEnd + 1;
                }
                unclosed.add(name);
            }
            return tagEnd;
        }

        private int commentEnd(int i) {
            int end = s.indexOf("-->", i + 4);
            return end < 0 ? -1 : end + 3;
        }

        /** The end of the open or closing tag at {@code i}, by CommonMark's grammar for raw HTML, or -1. */
        private int tagEnd(int i) {
            int j = i + 1;
            boolean closing = j < length && s.charAt(j) == '/';
            if (closing) {
                j++;
            }
            if (j >= length || !isAsciiLetter(s.charAt(j))) {
                return -1;
            }
            while (j < length && (isAsciiLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-')) {
                j++;
            }
            while (true) {
                int k = skipWhitespace(j);
                if (k >= length) {
                    return -1;
                }
                char c = s.charAt(k);
                if (c == '>') {
                    return k + 1;
                }
                if (!closing && c == '/' && k + 1 < length && s.charAt(k + 1) == '>') {
                    return k + 2;
                }
                if (closing || k == j || !(isAsciiLetter(c) || c == '_' || c == ':')) {
                    return -1;
                }
                j = k + 1;
                while (j < length && (isAsciiLetterOrDigit(s.charAt(j)) || "_.:-".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                k = skipWhitespace(j);
                if (k < length && s.charAt(k) == '=') {
                    j = attributeValueEnd(skipWhitespace(k + 1));
                    if (j < 0) {
                        return -1;
                    }
                }
            }
        }

        private int attributeValueEnd(int k) {
            if (k >= length) {
                return -1;
            }
            char q = s.charAt(k);
            if (q == '"' || q == '\'') {
                int close = s.indexOf(q, k + 1);
                return close < 0 ? -1 : close + 1;
            }
            int v = k;
            while (v < length && !Character.isWhitespace(s.charAt(v)) && "\"'=<>`".indexOf(s.charAt(v)) < 0) {
                v++;
            }
            return v == k ? -1 : v;
        }

        private int skipWhitespace(int from) {
            int i = from;
            while (i < length && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private int runLength(int from, int end, char c) {
            int i = from;
            while (i < end && s.charAt(i) == c) {
                i++;
            }
            return i - from;
        }

        private boolean isBlank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Where {@code marker} (starting with a character that has no case) starts in {@code s[from, to)}, or -1. */
        private int indexOfIgnoreCase(String marker, int from, int to) {
            char first = marker.charAt(0);
            for (int i = s.indexOf(first, from); i >= 0 && i + marker.length() <= to; i = s.indexOf(first, i + 1)) {
                if (s.regionMatches(true, i, marker, 0, marker.length())) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return isAsciiLetter(c) || isAsciiDigit(c);
        }
    }
}
