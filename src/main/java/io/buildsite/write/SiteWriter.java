package io.buildsite.write;

import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.SearchIndex;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SitePaths;
import io.buildsite.model.StaticFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Turns a site plan into files through the theme: pages on all cores, then assets, the highlighter and
 * MathJax, published files, sitemap, feeds and the search index. One writer per theme version; it can also
 * write only what changed since a previous plan, for the preview server.
 */
public final class SiteWriter {
    private static final String PRISM = "prism.js";
    private final Theme theme;
    private final SiteConfig config;
    private final PageRenderer renderer;
    /** What this writer wrote last, so a preview rebuild writes again only what differs. */
    private Map<String, byte[]> assets;
    private final Map<Set<String>, String> prism = new HashMap<>();
    private final Map<String, SearchIndex> lastSearch = new HashMap<>();
    private List<List<Object>> lastSitemapKey;
    private byte[] sitemap;
    /** Each language's Atom feed as last written; a language without one is absent. */
    private Map<String, byte[]> feeds = Map.of();
    private final LlmsFiles llms;
    /** robots.txt, which depends on nothing but the theme and the settings. */
    private byte[] robots;

    private final ShareCards cards;

    /** A writer whose share cards are kept in memory only. */
    public SiteWriter(Theme theme, SiteConfig config) throws IOException {
        this(theme, config, new ShareCards());
    }

    /** A writer that draws each share card once, keeping it in {@code cards}. */
    public SiteWriter(Theme theme, SiteConfig config, ShareCards cards) throws IOException {
        this.theme = theme;
        this.config = config;
        this.cards = cards;
        Map<String, Map<String, String>> dictionaries = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            dictionaries.put(lang, Dictionary.load(theme, lang));
        }
        this.renderer = new PageRenderer(theme, config, dictionaries);
        this.llms = new LlmsFiles(config, dictionaries);
    }

    /** Writes the whole site and returns how many files it wrote. */
    public int writeAll(SitePlan plan, OutputSink sink) throws IOException {
        renderer.compile(plan.pages().stream().map(PagePlan::kind).distinct().sorted().toList());
        lastSearch.clear();
        feeds = feeds(plan);
        return writePages(plan.pages(), sink) + writeSiteFiles(plan, sink);
    }

    /**
     * Writes what differs from {@code previous}: the pages whose plan changed, and the site-wide files
     * (which are cheap next to pages). Returns the pages written, by output path.
     */
    public List<String> writeChanges(SitePlan plan, SitePlan previous, OutputSink sink) throws IOException {
        return writeChanges(plan, previous, sink, Set.of());
    }

    /** As {@link #writeChanges(SitePlan, SitePlan, OutputSink)}, also rendering every page of {@code kinds}. */
    public List<String> writeChanges(SitePlan plan, SitePlan previous, OutputSink sink, Set<String> kinds)
            throws IOException {
        Map<String, PagePlan> before = new HashMap<>();
        for (PagePlan page : previous.pages()) {
            before.put(page.location(config).file(), page);
        }
        feeds = feeds(plan);
        // Every page links its language's feed, or does not when there is none. Asked of the previous plan,
        // not of what this writer wrote: a writer made for an edited template has written nothing yet.
        boolean feedsCameOrWent = !feeds.keySet().equals(feedLanguages(previous));
        List<PagePlan> changed = plan.pages().stream()
                .filter(page -> {
                    PagePlan old = before.get(page.location(config).file());
                    return feedsCameOrWent || kinds.contains(page.kind()) || (page != old && !page.equals(old));
                })
                .toList();
        writePages(changed, sink);
        writeSiteFiles(plan, sink);
        return changed.stream().map(page -> page.location(config).file()).toList();
    }

    /**
     * Writes {@code pages} of {@code plan} and the search files that changed: for an edit that is known to
     * change nothing else (the preview's edit of one lesson's text). Returns the pages' output paths.
     */
    public List<String> writePagesAndSearch(SitePlan plan, List<PagePlan> pages, OutputSink sink) throws IOException {
        writePages(pages, sink);
        writeSearch(plan, sink);
        llms.write(plan, sink);
        return pages.stream().map(page -> page.location(config).file()).toList();
    }

    /** Files besides pages that {@code before} had and {@code after} has no more: search files, Markdown copies. */
    public Set<String> filesGone(SitePlan before, SitePlan after) {
        Set<String> gone = new HashSet<>();
        for (Map.Entry<String, SearchIndex> old : before.search().entrySet()) {
            gone.addAll(SearchFiles.gone(searchFolder(old.getKey()), old.getValue(), after.search().get(old.getKey())));
        }
        gone.addAll(llms.names(before));
        llms.names(after).forEach(gone::remove);
        return gone;
    }

    /**
     * Reports every file of {@code plan} that would replace another (see {@link OutputCollisions}) and
     * returns whether there was one: then nothing may be written.
     */
    public boolean reportCollisions(SitePlan plan, Diagnostics diagnostics) throws IOException {
        return OutputCollisions.report(generatedFiles(plan), plan.staticFiles(), diagnostics);
    }

    /** Every file this writer may generate for {@code plan}: all but the copied ones. */
    List<OutputCollisions.Generated> generatedFiles(SitePlan plan) throws IOException {
        List<OutputCollisions.Generated> files = new ArrayList<>();
        Set<String> cardFiles = new HashSet<>();
        for (PagePlan page : plan.pages()) {
            files.add(new OutputCollisions.Generated(page.location(config).file(), page.source(), page.path()));
            ShareCard card = renderer.card(page);
            if (card != null && cardFiles.add(card.file())) {
                files.add(siteFile(card.file()));
            }
        }
        // The highlighter and MathJax are written only for sites with code or math, but their names are kept
        // for them either way.
        files.add(siteFile("assets/" + PRISM));
        MathJaxFiles.names().forEach(name -> files.add(siteFile(MathJaxFiles.FOLDER + name)));
        for (String asset : theme().keySet()) {
            files.add(new OutputCollisions.Generated("assets/" + asset, "templates/assets/" + asset, null));
        }
        files.add(siteFile(Sitemap.FILE));
        for (String lang : config.languages()) {
            files.add(siteFile(SitePaths.languagePrefix(lang, config.defaultLanguage()) + AtomFeed.FILE));
        }
        files.add(siteFile(RobotsTxt.FILE));
        llms.names(plan).forEach(name -> files.add(siteFile(name)));
        files.add(siteFile(".nojekyll"));
        files.add(siteFile(OutputFolder.MARKER));
        for (Map.Entry<String, SearchIndex> index : plan.search().entrySet()) {
            SearchFiles.names(searchFolder(index.getKey()), index.getValue()).forEach(name -> files.add(siteFile(name)));
        }
        return files;
    }

    private static OutputCollisions.Generated siteFile(String file) {
        return new OutputCollisions.Generated(file, file, null);
    }

    private String searchFolder(String lang) {
        return SitePaths.languagePrefix(lang, config.defaultLanguage()) + SitePaths.SEARCH;
    }

    /** The theme's assets, read once per writer. */
    private Map<String, byte[]> theme() throws IOException {
        if (assets == null) {
            assets = theme.assets();
        }
        return assets;
    }

    /** Every page's output path. */
    public List<String> pageFiles(SitePlan plan) {
        return plan.pages().stream().map(page -> page.location(config).file()).toList();
    }

    /** Writes the pages and their share cards (each card once); returns how many files. */
    private int writePages(List<PagePlan> pages, OutputSink sink) throws IOException {
        Set<String> cardFiles = ConcurrentHashMap.newKeySet();
        ParallelWrites.each(pages, page -> {
            ShareCard card = renderer.card(page);
            if (card != null && cardFiles.add(card.file())) {
                sink.write(card.file(), cards.png(card));
            }
            sink.write(page.location(config).file(), renderer.render(page, feeds.containsKey(page.lang()), card));
        });
        return pages.size() + cardFiles.size();
    }

    private int writeSiteFiles(SitePlan plan, OutputSink sink) throws IOException {
        AtomicInteger files = new AtomicInteger();
        for (Map.Entry<String, byte[]> asset : theme().entrySet()) {
            sink.write("assets/" + asset.getKey(), asset.getValue());
            files.incrementAndGet();
        }
        files.addAndGet(writeLibraries(plan, sink));
        for (StaticFile file : plan.staticFiles()) {
            if (file.cleaned() != null) {
                sink.write(file.outputPath(), utf8(file.cleaned().text()));
            } else {
                sink.copy(file.outputPath(), file.file());
            }
            files.incrementAndGet();
        }
        // A sitemap lists absolute URLs only: without the site's address there is none.
        if (config.hasBaseUrl()) {
            // It shows only where pages are, when they were updated and which are versions of their own: made
            // again when that changes.
            List<List<Object>> sitemapKey = plan.pages().stream()
                    .map(page -> Arrays.<Object>asList(page.lang(), page.path(), page.updated(), page.origin())).toList();
            if (!sitemapKey.equals(lastSitemapKey)) {
                sitemap = Sitemap.build(theme, config, plan.pages());
                lastSitemapKey = sitemapKey;
            }
            sink.write(Sitemap.FILE, sitemap);
            files.incrementAndGet();
        }
        for (Map.Entry<String, byte[]> feed : feeds.entrySet()) {
            sink.write(SitePaths.languagePrefix(feed.getKey(), config.defaultLanguage()) + AtomFeed.FILE, feed.getValue());
        }
        if (robots == null) {
            robots = RobotsTxt.build(theme, config);
        }
        sink.write(RobotsTxt.FILE, robots);
        sink.write(".nojekyll", new byte[0]);
        files.addAndGet(2 + feeds.size() + llms.write(plan, sink));
        return files.get() + writeSearch(plan, sink);
    }

    /** The highlighter when a page has code, MathJax when one has math; returns how many files. */
    private int writeLibraries(SitePlan plan, OutputSink sink) throws IOException {
        int files = 0;
        String highlighter = prism.containsKey(plan.codeLanguages()) ? prism.get(plan.codeLanguages())
                : PrismBundle.build(plan.codeLanguages());
        prism.put(plan.codeLanguages(), highlighter);
        if (highlighter != null) {
            sink.write("assets/" + PRISM, utf8(highlighter));
            files++;
        }
        if (plan.pages().stream().anyMatch(PagePlan::hasMath)) {
            for (Map.Entry<String, byte[]> file : MathJaxFiles.all().entrySet()) {
                sink.write(MathJaxFiles.FOLDER + file.getKey(), file.getValue());
                files++;
            }
        }
        return files;
    }

    /** Each language's Atom feed, for the languages that have one. */
    private Map<String, byte[]> feeds(SitePlan plan) {
        Map<String, byte[]> written = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            byte[] feed = AtomFeed.build(theme, config, lang, plan.feeds().getOrDefault(lang, List.of()));
            if (feed != null) {
                written.put(lang, feed);
            }
        }
        return written;
    }

    private Set<String> feedLanguages(SitePlan plan) {
        return config.languages().stream()
                .filter(lang -> AtomFeed.exists(config, plan.feeds().getOrDefault(lang, List.of())))
                .collect(Collectors.toSet());
    }

    /** Each language's search files that differ from what this writer wrote last; returns how many. */
    private int writeSearch(SitePlan plan, OutputSink sink) throws IOException {
        int files = 0;
        for (Map.Entry<String, SearchIndex> index : plan.search().entrySet()) {
            files += SearchFiles.write(sink, searchFolder(index.getKey()), index.getValue(), lastSearch.get(index.getKey()));
            lastSearch.put(index.getKey(), index.getValue());
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
