package io.buildsite.write;

import io.buildsite.model.SiteConfig;

/** {@code robots.txt}, made by the theme's {@code robots.txt.peb}. */
final class RobotsTxt {
    static final String FILE = "robots.txt";

    /**
     * What {@code robots.txt.peb} receives as {@code robots}.
     *
     * @param sitemap the sitemap's absolute address, or null when there is none (no base URL)
     */
    record Robots(String sitemap) {
    }

    private RobotsTxt() {
    }

    static byte[] build(Theme theme, SiteConfig config) {
        return theme.siteFile(FILE, "robots", new Robots(config.hasBaseUrl() ? config.baseUrl() + Sitemap.FILE : null));
    }
}
