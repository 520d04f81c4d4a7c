package io.buildsite.model;

/**
 * A lesson as the course index lists it. The lesson file, when there is one, is the truth for its page;
 * this entry decides only order and grouping, and stands in for a lesson not written yet.
 *
 * @param ref  the name the index uses: a slug, a file stem, or a stem without its number
 * @param line line of the entry in the index file, for diagnostics
 */
public record SectionLesson(String id, String title, String ref, String description, Integer durationMinutes,
                            int line) {
}
