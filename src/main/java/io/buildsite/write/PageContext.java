package io.buildsite.write;

import java.util.List;

/** The {@code page} and {@code site} variables every template receives; see docs/templates.md. */
public final class PageContext {
    private PageContext() {
    }

    public record Site(String title, String description, String baseUrl) {
    }

    public record Alternate(String lang, String hreflang, String url, String href, String label, boolean current) {
    }

    public record Breadcrumb(String title, String path) {
    }

    /**
     * @param canonical the page's absolute URL, or null when the site's address is unknown (as are
     *                  {@code xDefault} and each alternate's {@code url})
     * @param feed      the link to this language's Atom feed, or null when there is none
     */
    public record Page(String kind, String title, String description, String path, String root, String assets,
                       String canonical, List<Alternate> alternates, String xDefault, String feed, String contentLang,
                       boolean untranslated, List<Breadcrumb> breadcrumbs, boolean hasCode) {
    }
}
