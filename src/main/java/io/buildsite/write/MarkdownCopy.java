package io.buildsite.write;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.HtmlMarkdownWriter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeConverterContext;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.buildsite.model.LinkMarkers;
import io.buildsite.model.PageLocation;
import io.buildsite.model.PackedText;
import io.buildsite.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * A page's body as clean Markdown, for readers that are programs: its title, description and canonical
 * address on top, then the body converted from its rendered HTML by flexmark's HTML-to-Markdown
 * converter, once the theme's wrappers (copy buttons, table scrollers, callout icons) are taken off.
 */
final class MarkdownCopy {
    /** Written beside the page's {@code index.html}, so the body's relative links hold for it too. */
    static final String FILE = "index.md";

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.LISTS_END_ON_DOUBLE_BLANK, false)
            .set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---")
            .set(FlexmarkHtmlConverter.ADD_TRAILING_EOL, true))
            .htmlNodeRendererFactory(options -> () -> Set.of(
                    new HtmlNodeRendererHandler<>("blockquote", Element.class, MarkdownCopy::blockquote),
                    new HtmlNodeRendererHandler<>("strong", Element.class, MarkdownCopy::emphasis),
                    new HtmlNodeRendererHandler<>("b", Element.class, MarkdownCopy::emphasis),
                    new HtmlNodeRendererHandler<>("em", Element.class, MarkdownCopy::emphasis),
                    new HtmlNodeRendererHandler<>("i", Element.class, MarkdownCopy::emphasis)))
            .build();

    /**
     * What one copy shows.
     *
     * @param canonicalLabel the dictionary's words for the line that names the page's address
     */
    record Source(String title, String description, PackedText bodyHtml, String canonicalLabel) {
    }

    private MarkdownCopy() {
    }

    /** The copy of the page at {@code location}, whose dictionary {@code t} names its callouts. */
    static String of(Source source, PageLocation location, SiteConfig config, Map<String, String> t) {
        String html = source.bodyHtml() == null ? "" : new String(LinkMarkers.resolve(source.bodyHtml().utf8(),
                location.toLanguageRoot(), location.toSiteRoot(), t), StandardCharsets.UTF_8);
        String pageUrl = config.hasBaseUrl() ? PageLocation.url(config, location.lang(), location.path()) : null;
        StringBuilder md = new StringBuilder("# ").append(LlmsTxt.oneLine(source.title())).append("\n\n");
        if (source.description() != null && !source.description().isBlank()) {
            md.append("> ").append(LlmsTxt.oneLine(source.description())).append("\n\n");
        }
        md.append(source.canonicalLabel()).append(": <").append(pageUrl != null ? pageUrl : "./").append(">\n");
        String body = CONVERTER.convert(cleaned(html, pageUrl)).strip();
        if (!body.isEmpty()) {
            md.append('\n').append(body).append('\n');
        }
        return md.toString();
    }

    /**
     * The body without the theme's wrappers, its links absolute when the page's address is known; handed to
     * the converter as parsed, which parsing it again would make a third slower.
     */
    static Document cleaned(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl == null ? "" : pageUrl);
        doc.select("button.copy-code, .callout-icon, a.heading-anchor, a.footnote-backref, div.footnotes > hr").remove();
        doc.select("sup:has(> a.footnote-ref)").unwrap();
        // The converter reads a task's checkbox only as the item's first child.
        doc.select("li.task-list-item > label").unwrap();
        for (Element block : doc.select("div.code-block")) {
            Element pre = block.selectFirst("pre");
            if (pre != null) {
                pre.removeClass("mermaid");
                block.replaceWith(pre);
            }
        }
        doc.select("div.table-wrap").unwrap();
        // A callout's label line becomes its first, bold paragraph.
        for (Element label : doc.select("p.callout-label")) {
            label.html("<strong>" + label.html() + "</strong>");
        }
        for (Element figure : doc.select("figure")) {
            for (Element caption : figure.select("figcaption")) {
                caption.tagName("p").html("<em>" + caption.html() + "</em>");
            }
            figure.select("img").wrap("<p></p>");
            figure.unwrap();
        }
        doc.select("img").removeAttr("loading").removeAttr("decoding").removeAttr("width").removeAttr("height");
        if (pageUrl != null) {
            doc.select("a[href]").forEach(a -> a.attr("href", a.absUrl("href")));
            doc.select("img[src]").forEach(img -> img.attr("src", img.absUrl("src")));
        }
        return doc;
    }

    /**
     * Emphasis right before text, as in {@code <strong>x</strong>.}: the converter's own puts a space
     * between them ({@code **x** .}), which the reader then sees.
     */
    private static void emphasis(Element emphasis, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        String text = emphasis.text();
        String mark = emphasis.tagName().equals("strong") || emphasis.tagName().equals("b") ? "**" : "*";
        if (!(emphasis.nextSibling() instanceof TextNode next) || next.getWholeText().isEmpty()
                || Character.isWhitespace(next.getWholeText().charAt(0)) || text.isBlank() || !text.equals(text.strip())) {
            context.wrapTextNodes(emphasis, mark, emphasis.nextSibling() != null);
            return;
        }
        out.append(mark);
        context.renderChildren(emphasis, false, null);
        out.append(mark);
    }

    /**
     * A blockquote set off by blank lines on both sides: the converter's own starts right under the
     * paragraph before it and runs two callouts in a row into one.
     */
    private static void blockquote(Element quote, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        out.blankLine();
        out.pushPrefix();
        out.addPrefix("> ");
        context.renderChildren(quote, true, null);
        out.line();
        out.popPrefix();
        out.blankLine();
    }
}
