package io.buildsite.assemble;

import io.buildsite.model.Question;

import java.util.List;

/**
 * A quiz bank as the quiz page's script reads it, written as JSON in the page's component order; lesson
 * links are relative to the quiz page.
 */
record QuizScriptData(String slug, String title, String lang, int durationMinutes, int passingScore,
                      List<Question> questions, List<Domain> domains) {

    record Domain(String name, int weight, List<LessonToReview> lessons) {
    }

    /** A lesson a domain sends the learner back to; {@code href} null when no page of the site is that lesson. */
    record LessonToReview(String title, String href) {
    }
}
