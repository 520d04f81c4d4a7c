package io.buildsite.write;

import io.buildsite.assemble.PagePlan;
import io.buildsite.model.SiteConfig;

import java.util.List;

/**
 * {@code sitemap.xml}, made by the theme's {@code sitemap.xml.peb}: every page that is its own canonical
 * page (no untranslated copy, no draft), each listing its language versions and {@code x-default}.
 */
final class Sitemap {
    static final String FILE = "sitemap.xml";

    /**
     * One page, as {@code sitemap.xml.peb} receives it in {@code urls}.
     *
     * @param lastmod    the content's date, or null when it has none
     * @param alternates one per language whose version is its own
     * @param xDefault   the address of the default language's version
     */
    record Url(String loc, String lastmod, List<Alternate> alternates, String xDefault) {
    }

    record Alternate(String hreflang, String href) {
    }

    private Sitemap() {
    }

    static byte[] build(Theme theme, SiteConfig config, List<PagePlan> pages) {
        List<Url> urls = pages.stream().filter(PageUrls::listed).map(page -> url(config, page)).toList();
        return theme.siteFile(FILE, "urls", urls);
    }

    private static Url url(SiteConfig config, PagePlan page) {
        List<Alternate> alternates = page.origin().versions().stream()
                .map(lang -> new Alternate(lang, PageUrls.alternate(config, lang, page)))
                .toList();
        return new Url(PageUrls.canonical(config, page), page.updated(), alternates, PageUrls.xDefault(config, page));
    }
}
