package io.buildsite.model;

import java.util.List;

/** A blog post; {@code draft} leaves it out of a build unless drafts are asked for. */
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
        PackedText body,
        boolean draft) {

    public BlogPost {
        tags = List.copyOf(tags);
    }
}
