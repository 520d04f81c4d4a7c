package io.buildsite.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * Markdown to HTML with flexmark: CommonMark plus GFM tables, strikethrough and autolinks; raw HTML is
 * passed through (it is cleaned afterwards); TeX math is kept out of flexmark's reach ({@link MathSpans}). Built once, shared by all threads: flexmark's parser and
 * renderer are immutable once built. What flexmark cannot take in time or stack in proportion to the text
 * (nesting too deep, a paragraph or a border line too long) is a {@link RenderLimit} at its line.
 */
final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer plainRenderer;

    MarkdownRenderer() {
        FlexmarkSetup flexmark = FlexmarkSetup.create();
        parser = flexmark.parser();
        renderer = flexmark.marking();
        plainRenderer = flexmark.plain();
    }

    String render(String markdown) {
        MathSpans math = MathSpans.protect(markdown);
        String escaped = PreBlocks.escapeStrayAngles(math.text());
        String copied = RawHtmlBlocks.copyOrNull(escaped);
        if (copied != null) {
            return math.restore(copied);
        }
        // Leading raw HTML blocks are copied and only the rest is parsed: lessons are mostly such blocks.
        StringBuilder html = new StringBuilder(escaped.length() + 256);
        int from = 0;
        try {
            withinLimits(escaped);
            from = RawHtmlBlocks.copyPrefix(escaped, html, false);
            Document document = parser.parse(from == 0 ? escaped : escaped.substring(from));
            int tooDeep = MarkdownNesting.firstTooDeep(document);
            if (tooDeep >= 0) {
                throw RenderLimit.at(tooDeep, MarkdownNesting.TOO_DEEP);
            }
            return math.restore(rendered(escaped, document, html));
        } catch (RenderLimit limit) {
            int at = Math.min(from + limit.offset(), escaped.length());
            throw limit.onLine((int) escaped.chars().limit(at).filter(c -> c == '\n').count()
                    + math.lineBreaksHiddenBefore(escaped, at));
        }
    }

    /** Checks the text for what the parser would build too deep or match too long before it parses it. */
    private static void withinLimits(String text) {
        int tooDeep = BlockNesting.firstTooDeep(text);
        int tooLong = BorderLines.firstTooLong(text);
        if (tooDeep >= 0 && (tooLong < 0 || tooDeep <= tooLong)) {
            throw RenderLimit.at(tooDeep, MarkdownNesting.TOO_DEEP);
        }
        if (tooLong >= 0) {
            int end = text.indexOf('\n', tooLong);
            throw RenderLimit.at(tooLong, BorderLines.message((end < 0 ? text.length() : end) - tooLong));
        }
    }

    /**
     * What {@code document} (the rest of {@code text} after the blocks copied to {@code html}) renders to:
     * when it, and so the whole body, is nothing but raw HTML blocks, they are copied as {@link
     * RawHtmlBlocks#copyOrNull} copies them; else through the renderer.
     */
    String rendered(String text, Document document, StringBuilder html) {
        String rawHtml = RawHtmlDocument.textOrNull(document);
        if (rawHtml != null) {
            StringBuilder all = new StringBuilder(text.length() + 256);
            RawHtmlBlocks.copyPrefix(text, all, true);
            return all.append(rawHtml).toString();
        }
        return renderBlocks(document, html);
    }

    /**
     * The document as the renderer gives it, with its top-level raw HTML blocks copied in afterwards: the
     * renderer copies a block line by line, slowly, and lesson bodies are mostly such blocks with some
     * Markdown between them. The renderer writes a short mark for each ({@link RawBlockMarks}), which
     * is replaced by the block's text. A body with a NUL character (which no mark can then be told from)
     * is rendered plainly.
     */
    private String renderBlocks(Document document, StringBuilder html) {
        String text = document.getChars().toString();
        if (text.indexOf('\0') >= 0) {
            return html.append(plainRenderer.render(document)).toString();
        }
        Map<Integer, Integer> blocks = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (RawBlockMarks.copied(node)) {
                blocks.put(node.getStartOffset(), node.getEndOffset());
            }
        }
        String marked = renderer.render(document);
        if (blocks.isEmpty()) {
            return html.append(marked).toString();
        }
        int from = 0;
        for (int mark = marked.indexOf(RawBlockMarks.MARK); mark >= 0; mark = marked.indexOf(RawBlockMarks.MARK, from)) {
            int end = marked.indexOf('\n', mark);
            int start = Integer.parseInt(marked, mark + RawBlockMarks.MARK.length(), end, 10);
            html.append(marked, from, mark).append(text, start, blocks.get(start));
            if (html.charAt(html.length() - 1) != '\n') {
                html.append('\n');
            }
            from = end + 1;
        }
        return html.append(marked, from, marked.length()).toString();
    }
}
