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

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One body, Markdown (with raw HTML) in, clean enriched HTML out: flexmark, then the jsoup allowlist,
 * then the enhancement steps. Thread-safe; one instance serves the whole build.
 */
public final class BodyRenderer {
    /** Base for resolving relative links while cleaning; never appears in output. */
    private static final String CLEANING_BASE = "https://build-site.invalid/page/";

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final SiteConfig config;
    private final Set<String> staticPaths;
    private final Diagnostics diagnostics;

    public BodyRenderer(SiteConfig config, Set<String> staticPaths, Diagnostics diagnostics) {
        this.config = config;
        this.staticPaths = Set.copyOf(staticPaths);
        this.diagnostics = diagnostics;
    }

    public RenderedBody render(String body, Source source) {
        return render(body, source, diagnostics);
    }

    /** Renders one body, reporting its problems to {@code diagnostics}. */
    public RenderedBody render(String body, Source source, Diagnostics diagnostics) {
        if (body == null || body.isBlank()) {
            return RenderedBody.EMPTY;
        }
        String html = markdown.render(body);
        Document clean = sanitizer.clean(Jsoup.parseBodyFragment(html, CLEANING_BASE));
        clean.outputSettings().prettyPrint(false);
        Element root = clean.body();
        BodyScope scope = new BodyScope(config, staticPaths, source, sourceDir(source.path()), body, diagnostics);
        Set<String> ids = new HashSet<>();
        BodyElements elements = BodyElements.of(root);
        List<TocEntry> toc = HeadingAnchors.apply(elements, ids);
        Tables.apply(elements);
        Callouts.apply(elements);
        Images.apply(elements, scope);
        List<InternalLink> links = Links.apply(elements, scope);
        Set<String> languages = new TreeSet<>();
        CodeBlocks.apply(elements, languages);
        String text = root.text();
        return new RenderedBody(PackedText.of(LinkMarkers.fromSerializedHtml(root.html())), CountedWords.of(text),
                PackedText.of(TextStart.of(text, RenderedBody.TEXT_KEPT)), toc, languages, links, ids);
    }

    private static String sourceDir(String path) {
        String inContent = path.startsWith("content/") ? path.substring("content/".length()) : path;
        int slash = inContent.lastIndexOf('/');
        return slash < 0 ? "" : inContent.substring(0, slash);
    }
}
