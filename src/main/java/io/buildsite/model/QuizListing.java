package io.buildsite.model;

/** An entry of the optional {@code data/quizzes.json}: a quiz bank's place in the list, and fallbacks. */
public record QuizListing(String slug, String title, String description, String seriesSlug) {
}
