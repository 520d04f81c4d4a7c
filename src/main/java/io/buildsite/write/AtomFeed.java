package io.buildsite.write;

import io.buildsite.model.PageLocation;
import io.buildsite.assemble.FeedEntry;
import io.buildsite.model.SiteConfig;

import java.util.List;

/**
 * A language's Atom feed of posts and courses. Its {@code updated} is the newest content date, never
 * the build time, so an unchanged site gives an unchanged feed. Atom wants absolute ids and a date on
 * every entry: a site without a base URL has no feed, and content without a date is left out of it.
 */
final class AtomFeed {
    private AtomFeed() {
    }

    /** The feed, or null when there is none to write. */
    static String build(SiteConfig config, String lang, List<FeedEntry> entries) {
        List<FeedEntry> dated = entries.stream().filter(e -> e.published() != null).toList();
        if (!config.hasBaseUrl() || dated.isEmpty()) {
            return null;
        }
        String home = PageLocation.url(config, lang, "");
        String updated = dated.stream().map(FeedEntry::published).max(String::compareTo).orElseThrow();
        StringBuilder xml = new StringBuilder(1024 + entries.size() * 300);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n");
        xml.append("  <title>").append(XmlText.escape(config.titleIn(lang))).append("</title>\n");
        xml.append("  <id>").append(XmlText.escape(home)).append("</id>\n");
        xml.append("  <link href=\"").append(XmlText.escape(home)).append("\"/>\n");
        xml.append("  <link rel=\"self\" href=\"").append(XmlText.escape(home + "feed.xml")).append("\"/>\n");
        xml.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        for (FeedEntry entry : dated) {
            String url = PageLocation.url(config, lang, entry.path());
            String date = entry.published() + "T00:00:00Z";
            xml.append("  <entry>\n");
            xml.append("    <title>").append(XmlText.escape(entry.title())).append("</title>\n");
            xml.append("    <id>").append(XmlText.escape(url)).append("</id>\n");
            xml.append("    <link href=\"").append(XmlText.escape(url)).append("\"/>\n");
            xml.append("    <published>").append(date).append("</published>\n");
            xml.append("    <updated>").append(date).append("</updated>\n");
            if (entry.summary() != null) {
                xml.append("    <summary>").append(XmlText.escape(entry.summary())).append("</summary>\n");
            }
            xml.append("    <author><name>").append(XmlText.escape(config.titleIn(lang))).append("</name></author>\n");
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
