package io.buildsite.write;

import io.buildsite.assemble.FeedEntry;
import io.buildsite.model.SiteConfig;

import java.util.List;
import java.util.Objects;

/**
 * A language's Atom feed of posts and courses. Its {@code updated} is the newest content date, never
 * the build time, so an unchanged site gives an unchanged feed.
 */
final class AtomFeed {
    private static final String EPOCH = "1970-01-01";

    private AtomFeed() {
    }

    static String build(SiteConfig config, String lang, List<FeedEntry> entries) {
        String home = PageLocation.url(config, lang, "");
        String updated = entries.stream().map(FeedEntry::published).filter(Objects::nonNull).max(String::compareTo)
                .orElse(EPOCH);
        StringBuilder xml = new StringBuilder(1024 + entries.size() * 300);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n");
        xml.append("  <title>").append(XmlText.escape(config.titleIn(lang))).append("</title>\n");
        xml.append("  <id>").append(XmlText.escape(home)).append("</id>\n");
        xml.append("  <link href=\"").append(XmlText.escape(home)).append("\"/>\n");
        xml.append("  <link rel=\"self\" href=\"").append(XmlText.escape(home + "feed.xml")).append("\"/>\n");
        xml.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        for (FeedEntry entry : entries) {
            String url = PageLocation.url(config, lang, entry.path());
            String date = Objects.requireNonNullElse(entry.published(), EPOCH) + "T00:00:00Z";
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
