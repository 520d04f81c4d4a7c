package io.buildsite.model;

/**
 * Where a page lives and how it reaches the rest of the site. Ordinary pages link relatively, so the
 * site works under any base path and from disk; {@code 404.html} is served at any address, so it
 * links from the base path instead.
 */
public record PageLocation(SiteConfig config, String lang, String path) {

    public String languagePrefix() {
        return SitePaths.languagePrefix(lang, config.defaultLanguage());
    }

    /** The output file, relative to the site root. */
    public String file() {
        String sitePath = languagePrefix() + path;
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    public boolean servedAnywhere() {
        return path.equals("404.html");
    }

    /** From this page to the root of its language tree, ending with {@code /}. */
    public String toLanguageRoot() {
        return servedAnywhere() ? config.basePath() + languagePrefix() : up(path);
    }

    /** From this page to the site root, ending with {@code /}. */
    public String toSiteRoot() {
        return servedAnywhere() ? config.basePath() : up(languagePrefix() + path);
    }

    /** A link from this page to {@code otherPath} in {@code otherLang}'s tree. */
    public String hrefTo(String otherLang, String otherPath) {
        return toSiteRoot() + SitePaths.languagePrefix(otherLang, config.defaultLanguage()) + otherPath;
    }

    /** The absolute URL of a page (root-relative when the site has no base URL). */
    public static String url(SiteConfig config, String lang, String path) {
        return config.baseUrl() + SitePaths.languagePrefix(lang, config.defaultLanguage()) + path;
    }

    private static String up(String sitePath) {
        int depth = 0;
        int slash = sitePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : sitePath.substring(0, slash + 1);
        for (int i = 0; i < dir.length(); i++) {
            if (dir.charAt(i) == '/') {
                depth++;
            }
        }
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
