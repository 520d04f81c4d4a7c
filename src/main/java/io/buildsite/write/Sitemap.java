package io.buildsite.write;

import io.buildsite.model.PageLocation;
import io.buildsite.assemble.PagePlan;
import io.buildsite.model.SiteConfig;

import java.util.List;

/** {@code sitemap.xml} with every page, each listing its language versions and {@code x-default}. */
final class Sitemap {
    private Sitemap() {
    }

    static String build(SiteConfig config, List<PagePlan> pages) {
        StringBuilder xml = new StringBuilder(256 + pages.size() * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (PagePlan page : pages) {
            if (!page.isFolder()) {
                continue;
            }
            xml.append("  <url>\n    <loc>").append(XmlText.escape(PageLocation.url(config, page.lang(), page.path())))
                    .append("</loc>\n");
            if (page.updated() != null) {
                xml.append("    <lastmod>").append(page.updated()).append("</lastmod>\n");
            }
            for (String lang : config.languages()) {
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(lang).append("\" href=\"")
                        .append(XmlText.escape(PageLocation.url(config, lang, page.path()))).append("\"/>\n");
            }
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                    .append(XmlText.escape(PageLocation.url(config, config.defaultLanguage(), page.path())))
                    .append("\"/>\n");
            xml.append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
