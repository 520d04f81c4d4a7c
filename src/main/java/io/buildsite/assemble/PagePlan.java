package io.buildsite.assemble;

import java.util.List;
import java.util.Map;

/**
 * One page to write.
 *
 * @param path          relative to the language root: {@code lessons/c/l/} (a folder, written as
 *                      {@code index.html}) or a file name such as {@code 404.html}
 * @param source        the file that makes the page, for diagnostics: its content file, or its template
 * @param title         the page's own title, or null when {@code titleKey} names a dictionary entry
 * @param contentLang   language the main content is written in
 * @param untranslated  the content is the original, shown because no translation exists yet
 * @param originalLang  language tree holding the original (the canonical page of an untranslated one)
 * @param updated       ISO date the content is dated by, for the sitemap (may be null)
 * @param hasCode       the page shows code blocks, so it needs the highlighter
 * @param vars          template variables specific to this kind of page
 */
public record PagePlan(String lang, String path, String kind, String source, String title, String titleKey,
                       String description,
                       String contentLang, boolean untranslated, String originalLang, List<Crumb> breadcrumbs,
                       String updated, boolean hasCode, Map<String, Object> vars) {

    public PagePlan {
        breadcrumbs = List.copyOf(breadcrumbs);
        vars = Map.copyOf(vars);
    }

    /** A breadcrumb: a title of its own or a dictionary key; path null for the current page. */
    public record Crumb(String title, String labelKey, String path) {
    }

    public boolean isFolder() {
        return path.isEmpty() || path.endsWith("/");
    }
}
