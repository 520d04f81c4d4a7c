package io.buildsite.render;

import java.util.ArrayList;
import java.util.List;

/**
 * TeX math in a body ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}), kept out of Markdown's
 * reach: Markdown reads {@code \,} and {@code \\} as escapes and {@code _…_} as emphasis, and an HTML parser
 * reads {@code a<b} as a tag. Each span is swapped for a placeholder before the Markdown step and put back,
 * escaped for HTML, into its output, so the TeX reaches the page and the search text as written. In text
 * it comes back inside {@code <span class="math">}, the mark the page's MathJax loader typesets; in an
 * attribute (an image's alt, a link's title) as text alone.
 *
 * <p>A {@code $} is math by the usual rule: an opening one is not followed by a space, a closing one is
 * neither preceded by a space nor followed by a digit ({@code $5 and $10} is money), and {@code \$} is a
 * dollar. Inline math stays on its line; display math stays within its paragraph. Code is left alone:
 * code spans, fenced and indented code, raw {@code <pre>} and {@code <code>}; and no span reaches across
 * an HTML tag, so dollars in neighbouring table cells stay text.
 */
final class MathSpans {
    /** What opens a span of math in text; a class the cleaner keeps on a {@code span}. */
    static final String MARK_START = "<span class=\"math\">";

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
        List<MathScanner.Span> found = MathScanner.spans(source);
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
        for (MathScanner.Span span : found) {
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
        boolean inTag = false;
        int scanned = 0;
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            int digits = at + marker.length();
            int end = numberEnd(html, digits);
            if (end == digits || end >= html.length() || html.charAt(end) != '$') {
                continue;
            }
            int n = Integer.parseInt(html, digits, end, 10);
            if (n >= spans.size()) {
                continue;
            }
            inTag = inTag(html, scanned, at, inTag);
            scanned = at;
            out.append(html, index, at);
            if (inTag) {
                escape(spans.get(n), out);
            } else {
                escape(spans.get(n), out.append(MARK_START));
                out.append("</span>");
            }
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
            int end = numberEnd(text, digits);
            int n = end > digits ? Integer.parseInt(text, digits, end, 10) : spans.size();
            if (n < spans.size()) {
                hidden += (int) spans.get(n).chars().filter(c -> c == '\n').count();
            }
        }
        return hidden;
    }

    /**
     * Whether {@code html} is inside a tag at {@code to}, knowing whether it was at {@code from}. A
     * placeholder is never in raw HTML's tags, and the tags flexmark writes escape {@code <} and {@code >}
     * in their attributes: the last angle bracket before a placeholder tells. A {@code <} that an HTML
     * parser reads as text (not before a letter, {@code /}, {@code !} or {@code ?}: raw HTML's
     * {@code x < 3}) opens no tag.
     */
    private static boolean inTag(String html, int from, int to, boolean inTagAtFrom) {
        boolean inTag = inTagAtFrom;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < html.length() && opensTag(html.charAt(i + 1))) {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            }
        }
        return inTag;
    }

    private static boolean opensTag(char next) {
        return (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!' || next == '?';
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

    /** The end of the placeholder number at {@code digits}: at most nine digits, so that it fits an int. */
    private static int numberEnd(String text, int digits) {
        int end = digits;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9' && end - digits < 9) {
            end++;
        }
        return end;
    }
}
