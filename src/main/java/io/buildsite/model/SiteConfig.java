package io.buildsite.model;

import java.util.List;
import java.util.Map;

/**
 * The site's settings from {@code site.yaml} and the command line.
 *
 * @param baseUrl   absolute http(s) URL the site is published at, ending with {@code /}; or
 *                  {@link #NO_BASE_URL} when it was not given
 * @param assetBase where root-relative images live when the site does not ship them: an absolute
 *                  http(s) URL or a path from the domain root, without a trailing {@code /} (may be null)
 * @param editUrl   the address a content file's path is appended to for its "Edit this page" link, an
 *                  absolute http(s) URL ending with {@code /}; null for no such link
 * @param gitDates  content without an {@code updated} date is dated by its last commit
 * @param provider  who offers the courses, for structured data; null for the site itself
 */
public record SiteConfig(
        String title,
        String baseUrl,
        List<String> languages,
        String defaultLanguage,
        Map<String, String> titles,
        Map<String, String> descriptions,
        String assetBase,
        String editUrl,
        boolean gitDates,
        Provider provider) {

    /** The base URL of a site whose address was not given: pages link relatively, nothing absolute is written. */
    public static final String NO_BASE_URL = "/";

    public SiteConfig {
        languages = List.copyOf(languages);
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
    }

    /** Settings without an edit link, dates from the repository's history or a provider. */
    public SiteConfig(String title, String baseUrl, List<String> languages, String defaultLanguage,
                      Map<String, String> titles, Map<String, String> descriptions, String assetBase) {
        this(title, baseUrl, languages, defaultLanguage, titles, descriptions, assetBase, null, false, null);
    }

    public String titleIn(String lang) {
        return titles.getOrDefault(lang, title);
    }

    public String descriptionIn(String lang) {
        return descriptions.getOrDefault(lang, descriptions.getOrDefault(defaultLanguage, ""));
    }

    /** Whether the site's address is known, so absolute URLs (canonical, sitemap, feeds) can be written. */
    public boolean hasBaseUrl() {
        return !baseUrl.equals(NO_BASE_URL);
    }

    /** The path part of the base URL: {@code /} or {@code /repo/}. */
    public String basePath() {
        return pathOf(baseUrl);
    }

    /** The path part of a base URL (or of {@link #NO_BASE_URL}): {@code /} or {@code /repo/}. */
    public static String pathOf(String baseUrl) {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return baseUrl;
        }
        int slash = baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, languages, defaultLanguage, titles, descriptions, assetBase, editUrl, gitDates, provider);
    }

    /** These settings named and described otherwise, every other one kept. */
    public SiteConfig withNames(String title, Map<String, String> titles, Map<String, String> descriptions) {
        return new SiteConfig(title, baseUrl, languages, defaultLanguage, titles, descriptions, assetBase, editUrl, gitDates,
                provider);
    }
}
