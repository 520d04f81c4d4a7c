package io.buildsite.write;

import io.buildsite.assemble.PagePlan;
import io.buildsite.model.PageLocation;
import io.buildsite.model.SiteConfig;

/**
 * A page's absolute addresses, the same in its head and in the sitemap: its canonical page, its
 * hreflang alternates and {@code x-default}. An untranslated copy is no version of its own: its canonical
 * page is the original, and no alternate names it. All null without the site's address.
 */
final class PageUrls {
    private PageUrls() {
    }

    /** The page whose address search engines should keep for this one. */
    static String canonical(SiteConfig config, PagePlan page) {
        return url(config, page.origin().canonicalLang(page.lang()), page);
    }

    /** The page's version in {@code lang} as an hreflang alternate; null when that version is a copy. */
    static String alternate(SiteConfig config, String lang, PagePlan page) {
        return page.origin().versions().contains(lang) ? url(config, lang, page) : null;
    }

    static String xDefault(SiteConfig config, PagePlan page) {
        return url(config, page.origin().defaultVersion(config.defaultLanguage()), page);
    }

    /** Whether the sitemap lists the page: a folder page that is its own canonical page and may be indexed. */
    static boolean listed(PagePlan page) {
        return page.isFolder() && !page.origin().untranslated() && !page.origin().draft();
    }

    private static String url(SiteConfig config, String lang, PagePlan page) {
        return config.hasBaseUrl() ? PageLocation.url(config, lang, page.path()) : null;
    }
}
