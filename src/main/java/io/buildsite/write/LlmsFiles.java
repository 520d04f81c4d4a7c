package io.buildsite.write;

import io.buildsite.assemble.PageContent;
import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.SitePlan;
import io.buildsite.model.PackedText;
import io.buildsite.model.PageLocation;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SitePaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What build-site writes for programs that read a site: per language tree, {@code llms.txt}, a Markdown
 * copy of every lesson and post ({@link MarkdownCopy}) and {@code llms-full.txt}, every lesson's copy in
 * course order. A page shown untranslated gets no copy of its own: its language's {@code llms.txt} links
 * the original's, as its canonical address names the original.
 */
final class LlmsFiles {
    static final String INDEX = "llms.txt";
    static final String FULL = "llms-full.txt";
    /** Between the lessons of {@code llms-full.txt}. */
    private static final String SEPARATOR = "\n---\n\n";

    private final SiteConfig config;
    private final Map<String, Map<String, String>> dictionaries;
    /**
     * Each copy as last made, by output path, with its page: a preview makes again only those that changed.
     * Kept packed, as the pages' bodies are, since a large site's copies run to hundreds of megabytes.
     */
    private Map<String, Copy> copies = Map.of();

    private record Copy(PagePlan page, PackedText markdown) {
    }

    LlmsFiles(SiteConfig config, Map<String, Map<String, String>> dictionaries) {
        this.config = config;
        this.dictionaries = dictionaries;
    }

    /** Whether {@code page} gets a Markdown copy: a published lesson or post in its own language's words. */
    static boolean hasCopy(PagePlan page) {
        return (page.content() instanceof PageContent.LessonPage || page.content() instanceof PageContent.PostPage)
                && !page.origin().untranslated() && !page.origin().draft();
    }

    /** Every file these are written to for {@code plan}. */
    List<String> names(SitePlan plan) {
        List<String> names = new ArrayList<>();
        for (String lang : config.languages()) {
            names.add(prefix(lang) + INDEX);
            names.add(prefix(lang) + FULL);
        }
        plan.pages().stream().filter(LlmsFiles::hasCopy).forEach(page -> names.add(copyFile(page.lang(), page.path())));
        return names;
    }

    /** Writes them all and returns how many files that is. */
    int write(SitePlan plan, OutputSink sink) throws IOException {
        Map<String, Copy> made = copies(plan, sink);
        for (String lang : config.languages()) {
            LlmsTxt.Tree tree = tree(plan, lang);
            String from = prefix(lang) + INDEX;
            sink.write(from, utf8(LlmsTxt.build(tree, config, dictionaries.get(lang), href(lang, FULL))));
            StringBuilder full = new StringBuilder();
            for (PagePlan lesson : LlmsTxt.lessons(tree)) {
                Copy copy = made.get(copyFile(copyLang(lesson), lesson.path()));
                if (copy != null) {
                    full.append(full.isEmpty() ? "" : SEPARATOR).append(copy.markdown().text());
                }
            }
            sink.write(prefix(lang) + FULL, utf8(full.toString()));
        }
        copies = made;
        return made.size() + 2 * config.languages().size();
    }

    /**
     * Writes every page's copy, made again (on all cores) only where the page differs from the last build's,
     * and returns them in page order.
     */
    private Map<String, Copy> copies(SitePlan plan, OutputSink sink) throws IOException {
        List<PagePlan> pages = plan.pages().stream().filter(LlmsFiles::hasCopy).toList();
        Map<String, Copy> made = new ConcurrentHashMap<>();
        ParallelWrites.each(pages, page -> {
            String file = copyFile(page.lang(), page.path());
            Copy last = copies.get(file);
            Copy copy = last != null && last.page().equals(page) ? last : new Copy(page, PackedText.of(markdown(page)));
            sink.write(file, copy.markdown().utf8());
            made.put(file, copy);
        });
        Map<String, Copy> ordered = new LinkedHashMap<>();
        pages.forEach(page -> ordered.put(copyFile(page.lang(), page.path()), made.get(copyFile(page.lang(), page.path()))));
        return ordered;
    }

    private String markdown(PagePlan page) {
        Map<String, String> t = dictionaries.get(page.lang());
        String label = t.getOrDefault("llms_canonical", "llms_canonical");
        MarkdownCopy.Source source;
        if (page.content() instanceof PageContent.LessonPage lesson) {
            source = new MarkdownCopy.Source(lesson.lesson().title(), lesson.lesson().description(),
                    lesson.lesson().bodyHtml(), label);
        } else if (page.content() instanceof PageContent.PostPage post) {
            source = new MarkdownCopy.Source(post.post().title(), post.post().excerpt(), post.post().bodyHtml(), label);
        } else {
            throw new IllegalArgumentException("no Markdown copy of a " + page.kind() + " page");
        }
        return MarkdownCopy.of(source, page.location(config), config, t);
    }

    /** The tree's published pages, each linked as {@code llms.txt} links it. */
    private LlmsTxt.Tree tree(SitePlan plan, String lang) {
        Map<String, PagePlan> byPath = new LinkedHashMap<>();
        plan.pages().stream().filter(p -> p.lang().equals(lang) && !p.origin().draft()).forEach(p -> byPath.put(p.path(), p));
        return new LlmsTxt.Tree(lang, byPath, page -> {
            boolean copied = page.content() instanceof PageContent.LessonPage
                    || page.content() instanceof PageContent.PostPage;
            String target = copied ? page.path() + MarkdownCopy.FILE : page.path();
            return href(lang, copied ? copyLang(page) : lang, target);
        });
    }

    /** The tree whose copy {@code page} shows: the original's when the page is shown untranslated. */
    private static String copyLang(PagePlan page) {
        return page.origin().untranslated() ? page.origin().originalLang() : page.lang();
    }

    private String href(String lang, String file) {
        return href(lang, lang, file);
    }

    /**
     * From {@code fromLang}'s {@code llms.txt} to {@code path} of {@code lang}'s tree: absolute when the site's
     * address is known.
     */
    private String href(String fromLang, String lang, String path) {
        return config.hasBaseUrl() ? PageLocation.url(config, lang, path)
                : new PageLocation(config, fromLang, INDEX).hrefTo(lang, path);
    }

    private String copyFile(String lang, String path) {
        return prefix(lang) + path + MarkdownCopy.FILE;
    }

    private String prefix(String lang) {
        return SitePaths.languagePrefix(lang, config.defaultLanguage());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
