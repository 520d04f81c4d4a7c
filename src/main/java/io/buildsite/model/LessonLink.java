package io.buildsite.model;

/** A reference to a lesson by one of its names (slug, file stem, or stem without its number). */
public record LessonLink(String title, String ref) {
}
