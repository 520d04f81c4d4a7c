package io.buildsite.write;

import io.buildsite.model.PageLocation;
import io.buildsite.assemble.PageContent;
import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.ScriptJson;
import io.buildsite.model.LinkMarkers;
import io.buildsite.model.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders page plans through the Pebble templates; one engine (with its template cache) for the build. */
final class PageRenderer {
    private final PebbleEngine engine;
    private final SiteConfig config;
    private final Map<String, Map<String, String>> dictionaries;
    private final StructuredData structuredData;

    PageRenderer(Theme theme, SiteConfig config, Map<String, Map<String, String>> dictionaries) {
        this.engine = theme.engine();
        this.config = config;
        this.dictionaries = dictionaries;
        this.structuredData = new StructuredData(config);
    }

    /** Checks that every page kind's template compiles, so a broken theme fails before any page. */
    void compile(List<String> kinds) {
        kinds.forEach(kind -> engine.getTemplate(kind + ".peb"));
    }

    /** The page's share card, or null when the site's address is unknown: a share image needs an absolute URL. */
    ShareCard card(PagePlan plan) {
        if (!config.hasBaseUrl()) {
            return null;
        }
        Map<String, String> t = dictionaries.get(plan.lang());
        return ShareCard.of(plan, title(plan, t), config.titleIn(plan.lang()), t.getOrDefault("language_name", plan.lang()));
    }

    /**
     * The page's file, in UTF-8.
     *
     * @param hasFeed whether the page's language has an Atom feed to link to
     * @param card    the page's share card ({@link #card}), or null
     */
    byte[] render(PagePlan plan, boolean hasFeed, ShareCard card) {
        PageLocation location = plan.location(config);
        Map<String, String> t = dictionaries.get(plan.lang());
        Map<String, Object> context = new HashMap<>();
        ContentVariables.put(plan.content(), context);
        context.put("lang", plan.lang());
        context.put("t", t);
        context.put("site", new PageContext.Site(config.titleIn(plan.lang()), config.descriptionIn(plan.lang()),
                config.baseUrl()));
        PageContext.Page page = page(plan, location, t, hasFeed);
        context.put("page", page);
        context.put("structuredData", structuredData.of(plan, page));
        context.put("paths", PageContext.PATHS);
        context.put("card", card == null ? null : new PageContext.Card(config.baseUrl() + card.file(),
                ShareCard.WIDTH, ShareCard.HEIGHT, card.alt()));
        if (plan.content() instanceof PageContent.QuizPage) {
            context.put("quizStrings", ScriptJson.of(Dictionary.withPrefix(t, "quiz_")));
        }
        PebbleTemplate template = engine.getTemplate(plan.kind() + ".peb");
        PageBytes out = new PageBytes(64 * 1024);
        try {
            template.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LinkMarkers.resolve(out.toByteArray(), location.toLanguageRoot(), location.toSiteRoot(), t);
    }

    private PageContext.Page page(PagePlan plan, PageLocation location, Map<String, String> t, boolean hasFeed) {
        List<PageContext.Alternate> alternates = new ArrayList<>();
        for (String lang : config.languages()) {
            alternates.add(new PageContext.Alternate(lang, lang, PageUrls.alternate(config, lang, plan),
                    location.hrefTo(lang, plan.path()), dictionaries.get(lang).getOrDefault("language_name", lang),
                    lang.equals(plan.lang())));
        }
        List<PageContext.Breadcrumb> crumbs = plan.breadcrumbs().stream()
                .map(c -> new PageContext.Breadcrumb(c.title() != null ? c.title() : t.getOrDefault(c.labelKey(), c.labelKey()),
                        c.path()))
                .toList();
        String title = title(plan, t);
        return new PageContext.Page(plan.kind(), title, plan.heading().description(), plan.path(), location.toLanguageRoot(),
                location.toSiteRoot() + "assets/", PageUrls.canonical(config, plan), alternates,
                PageUrls.xDefault(config, plan), hasFeed ? location.toLanguageRoot() + "feed.xml" : null,
                plan.origin().contentLang(), plan.origin().untranslated(), crumbs, plan.hasCode(),
                plan.hasMath(), plan.origin().draft());
    }

    private static String title(PagePlan plan, Map<String, String> t) {
        return plan.heading().title() != null ? plan.heading().title() : t.getOrDefault(plan.heading().titleKey(), "");
    }
}
