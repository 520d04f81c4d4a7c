package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.LinkMarkers;
import io.buildsite.model.PackedText;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;
import io.buildsite.text.CountedWords;
import io.buildsite.text.TextStart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * One body, Markdown (with raw HTML) in, clean enriched HTML out: flexmark, then the jsoup allowlist,
 * then the enhancement steps. Thread-safe; one instance serves the whole build.
 */
public final class BodyRenderer {
    /** Base for resolving relative links while cleaning; never appears in output. */
    private static final String CLEANING_BASE = "https://build-site.invalid/page/";

    /**
     * How long a body of {@code chars} characters may take to render: 5 s, and 5 ms more for each KiB. A
     * 50 KB lesson takes some 20 ms, and 4 MiB of Markdown one to three seconds (of one-line paragraphs or
     * list items, the slowest kind, 2.5 ms a KiB).
     */
    static Duration timeLimit(int chars) {
        return Duration.ofMillis(5_000 + 5L * (chars / 1024));
    }
    /**
     * Deeper, jsoup flattens what it parses (from 512) and the enhancement steps would each walk the
     * elements again at every level; Markdown within its own limit makes at most some 210 levels.
     */
    static final int MAX_HTML_DEPTH = 256;
    static final String TOO_DEEP_HTML = "HTML elements nested deeper than " + MAX_HTML_DEPTH + " levels: flatten them";
    static final String STACK_OVERFLOW = "nested or repeated too deeply to render: simplify it";

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final SiteConfig config;
    private final PublishedFiles published;
    private final Diagnostics diagnostics;
    private final IntFunction<Duration> timeLimit;

    BodyRenderer(SiteConfig config, PublishedFiles published, Diagnostics diagnostics) {
        this(config, published, diagnostics, BodyRenderer::timeLimit);
    }

    BodyRenderer(SiteConfig config, PublishedFiles published, Diagnostics diagnostics, IntFunction<Duration> timeLimit) {
        this.config = config;
        this.published = published;
        this.diagnostics = diagnostics;
        this.timeLimit = timeLimit;
    }

    public RenderedBody render(String body, Source source) {
        return render(body, source, diagnostics);
    }

    /**
     * Renders one body, reporting its problems to {@code diagnostics}. A body beyond the limits (see
     * {@link RenderLimit}) is one error and renders empty; so is one that still overflows the stack, which
     * leaves nothing behind: the parser and renderer keep no state between bodies.
     */
    public RenderedBody render(String body, Source source, Diagnostics diagnostics) {
        if (body == null || body.isBlank()) {
            return RenderedBody.EMPTY;
        }
        RenderDeadline.start(timeLimit.apply(body.length()));
        try {
            return renderWithinLimits(body, source, diagnostics);
        } catch (RenderLimit limit) {
            diagnostics.error(source.path(), source.bodyLine() + Math.max(limit.line(), 0), 1, limit.getMessage());
        } catch (StackOverflowError e) {
            diagnostics.error(source.path(), source.bodyLine(), 1, STACK_OVERFLOW);
        } finally {
            RenderDeadline.clear();
        }
        return RenderedBody.EMPTY;
    }

    private RenderedBody renderWithinLimits(String body, Source source, Diagnostics diagnostics) {
        String html = markdown.render(body);
        if (HtmlNesting.tooDeep(html)) {
            throw RenderLimit.at(0, TOO_DEEP_HTML).onLine(0);
        }
        Document clean = sanitizer.clean(Jsoup.parseBodyFragment(html, CLEANING_BASE));
        clean.outputSettings().prettyPrint(false);
        Element root = clean.body();
        BodyElements elements = BodyElements.of(root);
        if (elements.depth() > MAX_HTML_DEPTH) {
            throw RenderLimit.at(0, TOO_DEEP_HTML).onLine(0);
        }
        BodyScope scope = new BodyScope(config, published, source, sourceDir(source.path()), body, diagnostics);
        Set<String> ids = new HashSet<>();
        List<TocEntry> toc = HeadingAnchors.apply(elements, ids);
        Tables.apply(elements);
        Alerts.apply(elements);
        Callouts.apply(elements);
        TaskLists.apply(elements);
        Footnotes.apply(elements);
        Images.apply(elements, scope);
        List<InternalLink> links = Links.apply(elements, scope);
        Set<String> languages = new TreeSet<>();
        CodeBlocks.apply(elements, languages);
        String text = root.text();
        boolean math = !root.getElementsByClass("math").isEmpty();
        return new RenderedBody(PackedText.of(LinkMarkers.fromSerializedHtml(root.html())), CountedWords.of(text),
                PackedText.of(TextStart.of(text, RenderedBody.TEXT_KEPT)), toc, languages, math, links, ids);
    }

    private static String sourceDir(String path) {
        String inContent = path.startsWith("content/") ? path.substring("content/".length()) : path;
        int slash = inContent.lastIndexOf('/');
        return slash < 0 ? "" : inContent.substring(0, slash);
    }
}
