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

    public record Page(String kind, String title, String description, String path, String root, String assets,
                       String canonical, List<Alternate> alternates, String xDefault, String contentLang,
                       boolean untranslated, List<Breadcrumb> breadcrumbs, boolean hasCode) {
    }
}
