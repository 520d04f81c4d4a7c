package io.buildsite.model;

import java.util.List;

/**
 * A course from {@code content/series/<category>/<course>/index.md} (or its translation).
 *
 * @param categoryDir the category folder, which is the course URL's first part
 * @param sections    as the index lists them; authoritative for order and grouping
 * @param updated     when the course last changed, RFC 3339 (a date or a date-time); null when unknown
 * @param draft       {@code draft: true}: the course and its lessons are left out of a build unless drafts are asked for
 */
public record Course(
        Source source,
        String lang,
        String categoryDir,
        String slug,
        String id,
        String title,
        String description,
        String level,
        Double durationHours,
        String quizSlug,
        Category category,
        List<Tag> tags,
        Author author,
        String publishedAt,
        List<Section> sections,
        PackedText body,
        String updated,
        boolean draft) {

    public Course {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }

    /** The name its category is shown by: the front matter's, or else its folder's, capitalised. */
    public String categoryName() {
        if (category != null && category.name() != null) {
            return category.name();
        }
        return categoryDir.isEmpty() ? categoryDir
                : Character.toUpperCase(categoryDir.charAt(0)) + categoryDir.substring(1).replace('-', ' ');
    }

    /** This course dated {@code date}, as the repository's history dates it. */
    public Course withUpdated(String date) {
        return new Course(source, lang, categoryDir, slug, id, title, description, level, durationHours, quizSlug, category,
                tags, author, publishedAt, sections, body, date, draft);
    }
}
