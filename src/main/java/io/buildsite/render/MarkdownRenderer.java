package io.buildsite.render;

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
 * renderer are immutable once built. What flexmark cannot take in time or stack in proportion to the text
 * (nesting too deep, a paragraph or a border line too long) is a {@link RenderLimit} at its line.
 */
final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), new GuardedAutolinks()));
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
        parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .customBlockParserFactory(new BlockClock()).blockPreProcessorFactory(new ParagraphSizes()).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    String render(String markdown) {
        MathSpans math = MathSpans.protect(markdown);
        String escaped = PreBlocks.escapeStrayAngles(math.text());
        String copied = RawHtmlBlocks.copyOrNull(escaped);
        if (copied != null) {
            return math.restore(copied);
        }
        try {
            Document document = parser.parse(withinLimits(escaped));
            int tooDeep = MarkdownNesting.firstTooDeep(document);
            if (tooDeep >= 0) {
                throw RenderLimit.at(tooDeep, MarkdownNesting.TOO_DEEP);
            }
            String rawHtml = rawHtmlOnly(document);
            return math.restore(rawHtml != null ? rawHtml : renderer.render(document));
        } catch (RenderLimit limit) {
            int at = Math.min(limit.offset(), escaped.length());
            throw limit.onLine((int) escaped.chars().limit(at).filter(c -> c == '\n').count()
                    + math.lineBreaksHiddenBefore(escaped, at));
        }
    }

    /** The text, checked for what the parser would build too deep or match too long before it parses it. */
    private static String withinLimits(String text) {
        int tooDeep = BlockNesting.firstTooDeep(text);
        int tooLong = BorderLines.firstTooLong(text);
        if (tooDeep >= 0 && (tooLong < 0 || tooDeep <= tooLong)) {
            throw RenderLimit.at(tooDeep, MarkdownNesting.TOO_DEEP);
        }
        if (tooLong >= 0) {
            int end = text.indexOf('\n', tooLong);
            throw RenderLimit.at(tooLong, BorderLines.message((end < 0 ? text.length() : end) - tooLong));
        }
        return text;
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
