package io.buildsite.write;

import io.buildsite.model.SitePaths;

import java.util.List;

/** The {@code page}, {@code site} and {@code paths} variables every template receives; see docs/templates.md. */
public final class PageContext {
    /** The sections' addresses, so the theme links them as the pages are written. */
    static final Paths PATHS = new Paths(SitePaths.SERIES, SitePaths.QUIZZES, SitePaths.BLOG, SitePaths.TAGS,
            SitePaths.SEARCH);

    private PageContext() {
    }

    /** Addresses relative to a language root, as {@link SitePaths} makes them. */
    public record Paths(String series, String quizzes, String blog, String tags, String search) {
    }

    public record Site(String title, String description, String baseUrl) {
    }

    public record Alternate(String lang, String hreflang, String url, String href, String label, boolean current) {
    }

    public record Breadcrumb(String title, String path) {
    }

    /** The page's share card: its absolute URL, size in pixels and words, for {@code og:image}. */
    public record Card(String url, int width, int height, String alt) {
    }

    /**
     * @param canonical the page's absolute URL, or null when the site's address is unknown (as are
     *                  {@code xDefault} and each alternate's {@code url})
     * @param feed      the link to this language's Atom feed, or null when there is none
     * @param draft     the page is a draft's, shown by a preview or {@code --drafts}
     */
    public record Page(String kind, String title, String description, String path, String root, String assets,
                       String canonical, List<Alternate> alternates, String xDefault, String feed, String contentLang,
                       boolean untranslated, List<Breadcrumb> breadcrumbs, boolean hasCode,
                       boolean hasMath, boolean draft) {
    }
}
