package io.buildsite.model;

import java.util.List;

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
        PackedText body) {

    public BlogPost {
        tags = List.copyOf(tags);
    }
}
