package io.buildsite.model;

import java.util.List;
import java.util.Map;

/**
 * The site's settings from {@code site.yaml} and the command line.
 *
 * @param baseUrl   absolute URL the site is published at, ending with {@code /}; may be just {@code /}
 * @param assetBase where root-relative images live when the site does not ship them (may be null)
 */
public record SiteConfig(
        String title,
        String baseUrl,
        List<String> languages,
        String defaultLanguage,
        Map<String, String> titles,
        Map<String, String> descriptions,
        String assetBase) {

    public SiteConfig {
        languages = List.copyOf(languages);
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
    }

    public String titleIn(String lang) {
        return titles.getOrDefault(lang, title);
    }

    public String descriptionIn(String lang) {
        return descriptions.getOrDefault(lang, descriptions.getOrDefault(defaultLanguage, ""));
    }

    /** The path part of the base URL: {@code /} or {@code /repo/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return baseUrl;
        }
        int slash = baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, languages, defaultLanguage, titles, descriptions, assetBase);
    }
}
