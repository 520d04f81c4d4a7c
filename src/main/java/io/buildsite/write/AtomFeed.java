package io.buildsite.write;

import io.buildsite.model.PageLocation;
import io.buildsite.assemble.FeedEntry;
import io.buildsite.model.SiteConfig;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A language's Atom feed of posts and courses, made by the theme's {@code feed.xml.peb}. An entry's
 * {@code updated} is its content's last change (else its publication); the feed's is the newest of
 * those, never the build time, so an unchanged site gives an
 * unchanged feed. Atom wants absolute ids and a date on every entry: a site without a base URL has no
 * feed, and content without a date is left out of it.
 */
final class AtomFeed {
    static final String FILE = "feed.xml";

    /**
     * What {@code feed.xml.peb} receives as {@code feed}; times are RFC 3339.
     *
     * @param home the language's home page, the feed's id
     * @param self the feed's own address
     */
    record Feed(String lang, String title, String home, String self, String updated, List<Entry> entries) {
    }

    /** @param summary null when the content has no description */
    record Entry(String title, String url, String published, String updated, String summary) {
    }

    private AtomFeed() {
    }

    /** The feed, or null when there is none to write. */
    static byte[] build(Theme theme, SiteConfig config, String lang, List<FeedEntry> entries) {
        Feed feed = of(config, lang, entries);
        return feed == null ? null : theme.siteFile(FILE, "feed", feed);
    }

    /** Whether {@code lang} has a feed: the site has an address and some of the entries a date. */
    static boolean exists(SiteConfig config, List<FeedEntry> entries) {
        return config.hasBaseUrl() && entries.stream().anyMatch(e -> e.published() != null);
    }

    private static Feed of(SiteConfig config, String lang, List<FeedEntry> entries) {
        if (!exists(config, entries)) {
            return null;
        }
        List<FeedEntry> dated = entries.stream().filter(e -> e.published() != null).toList();
        String home = PageLocation.url(config, lang, "");
        List<Entry> listed = dated.stream()
                .map(e -> new Entry(e.title(), PageLocation.url(config, lang, e.path()), time(e.published()),
                        time(e.updated() != null ? e.updated() : e.published()), e.summary()))
                .toList();
        String updated = listed.stream().map(Entry::updated)
                .max(Comparator.comparing(t -> OffsetDateTime.parse(t).toInstant())).orElseThrow();
        return new Feed(lang, config.titleIn(lang), home, home + FILE, updated, listed);
    }

    /** A content date (RFC 3339) as a time: a date alone as the start of its day in UTC. */
    private static String time(String date) {
        return date.length() == 10 ? date + "T00:00:00Z" : date;
    }
}
