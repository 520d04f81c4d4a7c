package io.buildsite.model;

import java.util.List;

/**
 * A blog post; {@code updated} is when it last changed, RFC 3339 (a date or a date-time), or null;
 * {@code draft} leaves it out of a build unless drafts are asked for.
 */
public record BlogPost(
        Source source,
        String lang,
        String categoryDir,
        String id,
        String title,
        String slug,
        String excerpt,
        String publishedAt,
        Integer readingTime,
        Author author,
        Category category,
        List<Tag> tags,
        String updated,
        PackedText body,
        boolean draft) {

    public BlogPost {
        tags = List.copyOf(tags);
    }

    /** This post dated {@code date}, as the repository's history dates it. */
    public BlogPost withUpdated(String date) {
        return new BlogPost(source, lang, categoryDir, id, title, slug, excerpt, publishedAt, readingTime, author, category,
                tags, date, body, draft);
    }
}
