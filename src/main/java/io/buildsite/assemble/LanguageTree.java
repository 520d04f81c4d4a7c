package io.buildsite.assemble;

import io.buildsite.assemble.PagePlan.Crumb;
import io.buildsite.assemble.PagePlan.Heading;
import io.buildsite.assemble.PagePlan.Origin;
import io.buildsite.assemble.Views.TagRef;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.PackedText;
import io.buildsite.model.SitePaths;
import io.buildsite.model.Tag;
import io.buildsite.render.RenderedBody;
import io.buildsite.render.TocEntry;
import io.buildsite.text.CountedWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One language's pages while they are made: what every page builder reads (the site, its rendered
 * bodies, the build's cache) and what they all fill (the pages, the tags, the search index).
 */
final class LanguageTree {
    final SiteIndex index;
    final String lang;
    final Diagnostics diagnostics;
    /** The preview's memory of the last build, or null. */
    final AssembleCache cache;
    final TagShelf tags = new TagShelf();
    private final Map<String, RenderedBody> bodies;
    private final List<PagePlan> pages = new ArrayList<>();
    private final SearchIndexBuilder search = new SearchIndexBuilder();

    LanguageTree(SiteIndex index, Map<String, RenderedBody> bodies, String lang, Diagnostics diagnostics,
                 AssembleCache cache) {
        this.index = index;
        this.bodies = bodies;
        this.lang = lang;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    List<PagePlan> pages() {
        return pages;
    }

    SearchIndexBuilder search() {
        return search;
    }

    /** A page that belongs to this language alone, such as a list: made from the theme's template. */
    void addOwn(String path, Heading heading, List<Crumb> crumbs, PageContent content) {
        add(new PagePlan(lang, path, template(content.template()), heading, Origin.own(lang, index.source.config().languages()), crumbs, null, false,
                false, content));
    }

    /** A page showing a content file's rendered body: it needs the highlighter or MathJax when the body does. */
    void addContent(String path, Heading heading, Translations<?> item, String source, RenderedBody body,
                    List<Crumb> crumbs, String updated, PageContent content) {
        add(new PagePlan(lang, path, source, heading, origin(item, source), crumbs, updated, !body.codeLanguages().isEmpty(),
                body.hasMath(), content));
    }

    void add(PagePlan page) {
        pages.add(page);
    }

    static String template(String kind) {
        return "templates/" + kind + ".peb";
    }

    RenderedBody body(String sourcePath) {
        return bodies.getOrDefault(sourcePath, RenderedBody.EMPTY);
    }

    /** The language this language's version of {@code item} is written in. */
    String contentLang(Translations<?> item) {
        return item.hasOwn(lang) ? lang : item.originalLang();
    }

    /** Whose words a page shows: {@code item}'s version in this language, read from {@code source}. */
    Origin origin(Translations<?> item, String source) {
        return new Origin(contentLang(item), !item.hasOwn(lang), item.originalLang(), index.drafts.marks(source),
                index.source.config().languages().stream().filter(item::hasOwn).toList());
    }

    Crumb home() {
        return new Crumb(null, "nav_home", SitePaths.HOME);
    }

    List<TagRef> tagRefs(List<Tag> list) {
        return list.stream().map(t -> new TagRef(t.name(), SitePaths.tag(t.slug()))).toList();
    }

    /**
     * Adds a page to the search index: {@code extra} (a description) and then a text, of which the
     * words were counted and the start kept. Its terms are made later, on all cores, or taken from the
     * preview's cache.
     */
    void index(SearchIndex.Doc doc, List<TocEntry> headings, String extra, CountedWords words, PackedText textStart) {
        search.add(doc, SearchIndexBuilder.textOf(headings, extra, textStart), cache == null
                ? () -> DocTerms.of(doc.title(), doc.addressWords(), headings, extra, words)
                : () -> cache.terms(doc.title(), doc.addressWords(), headings, extra, words));
    }
}
