package io.buildsite.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;

import java.util.List;

/**
 * Markdown to HTML with flexmark: CommonMark plus GFM tables, strikethrough and autolinks; raw HTML is
 * passed through (it is cleaned afterwards); TeX math is kept out of flexmark's reach ({@link MathSpans}). Built once, shared by all threads: flexmark's parser and
 * renderer are immutable once built.
 */
final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Bodies are mostly large raw HTML blocks; flexmark's line-by-line output formatting cost more
        // than parsing them, and jsoup re-serializes the result anyway.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "language-text");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    String render(String markdown) {
        MathSpans math = MathSpans.protect(markdown);
        String escaped = PreBlocks.escapeStrayAngles(math.text());
        String copied = RawHtmlBlocks.copyOrNull(escaped);
        if (copied != null) {
            return math.restore(copied);
        }
        Document document = parser.parse(escaped);
        String rawHtml = rawHtmlOnly(document);
        return math.restore(rawHtml != null ? rawHtml : renderer.render(document));
    }

    /** What the parser makes of a body of raw HTML blocks (null if it holds anything else); for tests. */
    String parsedRawHtml(String markdown) {
        return rawHtmlOnly(parser.parse(markdown));
    }

    /**
     * Most lesson bodies are nothing but HTML blocks, which the renderer would only copy out, line by
     * line and slowly: copy them directly. Null when the document holds any Markdown.
     */
    private static String rawHtmlOnly(Document document) {
        StringBuilder html = new StringBuilder(document.getChars().length() + 16);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock || node instanceof HtmlCommentBlock) {
                if (node.hasChildren()) {
                    return null;
                }
                html.append(node.getChars()).append('\n');
            } else if (!(node instanceof BlankLine)) {
                return null;
            }
        }
        return html.toString();
    }
}
