package io.buildsite.render;

import com.vladsch.flexmark.util.ast.Document;

/** What {@link MarkdownRenderer} must give, made the slow and obvious way: the properties' oracles. */
final class MarkdownOracles {
    private static final FlexmarkSetup FLEXMARK = FlexmarkSetup.create();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private MarkdownOracles() {
    }

    /** The whole document, parsed whole and rendered without marks. */
    static String renderedWhole(String markdown) {
        Document document = FLEXMARK.parser().parse(markdown);
        String rawHtml = RawHtmlDocument.textOrNull(document);
        return rawHtml != null ? rawHtml : FLEXMARK.plain().render(document);
    }

    /** The leading raw HTML blocks copied, the rest parsed and rendered as the renderer does it (math aside). */
    static String renderedByBlocks(String markdown) {
        StringBuilder html = new StringBuilder();
        int from = RawHtmlBlocks.copyPrefix(markdown, html, false);
        return RENDERER.rendered(markdown, FLEXMARK.parser().parse(markdown.substring(from)), html);
    }

    /** What the parser makes of a body of raw HTML blocks (null if it holds anything else). */
    static String parsedRawHtml(String markdown) {
        return RawHtmlDocument.textOrNull(FLEXMARK.parser().parse(markdown));
    }
}
