package io.buildsite.model;

import java.util.List;

/**
 * A quiz bank from {@code data/quizzes/<slug>.json} (or a translation {@code <slug>.<lang>.json}).
 *
 * @param lang     the language tree the file belongs to (from its file name)
 * @param textLang the language its text is written in (declared {@code lang}, else detected)
 */
public record QuizBank(
        Source source,
        String lang,
        String textLang,
        String slug,
        String id,
        String title,
        String description,
        String provider,
        String level,
        int durationMinutes,
        int passingScore,
        Integer questionsCount,
        List<Tag> tags,
        String seriesSlug,
        List<QuizDomain> domains,
        List<Question> questions) {

    public QuizBank {
        tags = List.copyOf(tags);
        domains = List.copyOf(domains);
        questions = List.copyOf(questions);
    }
}
