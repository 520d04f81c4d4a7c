package io.buildsite.render;

/** A heading of a page, for its table of contents. */
public record TocEntry(String id, String title, int level) {
}
