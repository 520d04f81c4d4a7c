package io.buildsite.assemble;

/**
 * An entry of a language's Atom feed; {@code path} relative to that language's root.
 *
 * @param published the date it was published, {@code YYYY-MM-DD}, or null
 * @param updated   RFC 3339 date or date-time it last changed, or null when only its publication dates it
 */
public record FeedEntry(String title, String path, String published, String updated, String summary) {
}
