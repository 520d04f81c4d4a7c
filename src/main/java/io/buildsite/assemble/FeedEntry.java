package io.buildsite.assemble;

/** An entry of a language's Atom feed; {@code path} relative to that language's root. */
public record FeedEntry(String title, String path, String published, String summary) {
}
