package io.buildsite.model;

/**
 * A reference to a lesson by one of its names (slug, file stem, or stem without its number).
 *
 * @param line line of the reference in its file, for diagnostics
 */
public record LessonLink(String title, String ref, int line) {
}
