package io.buildsite.assemble;

import io.buildsite.model.PageLocation;
import io.buildsite.model.SiteConfig;

import java.util.List;

/**
 * One page to write.
 *
 * @param path        relative to the language root: {@code lessons/c/l/} (a folder, written as
 *                    {@code index.html}) or a file name such as {@code 404.html}
 * @param source      the file that makes the page, for diagnostics: its content file, or its template
 * @param updated     ISO date the content last changed (else was published), the sitemap's lastmod (may be null)
 * @param hasCode     the page shows code blocks, so it needs the highlighter
 * @param hasMath     the page shows TeX math, so it needs MathJax
 * @param content     what this kind of page shows; it names the template
 */
public record PagePlan(String lang, String path, String source, Heading heading, Origin origin,
                       List<Crumb> breadcrumbs, String updated, boolean hasCode, boolean hasMath,
                       PageContent content) {

    public PagePlan {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /**
     * The page's title and description.
     *
     * @param title    the page's own title, or null when {@code titleKey} names a dictionary entry
     */
    public record Heading(String title, String titleKey, String description) {
        static Heading of(String title, String description) {
            return new Heading(title, null, description);
        }

        /** A page titled by the dictionary entry {@code titleKey}. */
        static Heading named(String titleKey, String description) {
            return new Heading(null, titleKey, description);
        }
    }

    /**
     * Whose words the page shows.
     *
     * @param contentLang  language the main content is written in
     * @param untranslated the content is the original, shown because no translation exists yet
     * @param originalLang language tree holding the original (the canonical page of an untranslated one)
     * @param draft        the content is a draft, shown by a preview or {@code --drafts} and marked as one
     * @param versions     the languages whose version of the page is their own, not an untranslated copy: the
     *                     page's hreflang alternates, each its own canonical page
     */
    public record Origin(String contentLang, boolean untranslated, String originalLang, boolean draft,
                         List<String> versions) {
        public Origin {
            versions = List.copyOf(versions);
        }

        /** A page made for {@code lang} itself, such as a list, which every language of the site has its own of. */
        static Origin own(String lang, List<String> languages) {
            return new Origin(lang, false, lang, false, languages);
        }

        /** The language of the page this one's canonical address names: its original's when it is a copy. */
        public String canonicalLang(String lang) {
            return untranslated ? originalLang : lang;
        }

        /** The version for readers of no listed language ({@code x-default}): the default language's if its own. */
        public String defaultVersion(String defaultLanguage) {
            return versions.contains(defaultLanguage) ? defaultLanguage : originalLang;
        }
    }

    /** A breadcrumb: a title of its own or a dictionary key; path null for the current page. */
    public record Crumb(String title, String labelKey, String path) {
    }

    /** The page's template, without {@code .peb}. */
    public String kind() {
        return content.template();
    }

    public PageLocation location(SiteConfig config) {
        return new PageLocation(config, lang, path);
    }

    public boolean isFolder() {
        return path.isEmpty() || path.endsWith("/");
    }
}
