package io.buildsite.assemble;

import io.buildsite.assemble.Views.LessonEntry;
import io.buildsite.assemble.Views.SectionView;
import io.buildsite.model.PackedText;
import io.buildsite.model.Question;
import io.buildsite.model.QuizBank;
import io.buildsite.text.CountedWords;

import java.util.ArrayList;
import java.util.List;

/**
 * Search documents for the parts of a page a reader looks for on their own: each question of a quiz
 * (found by its words, opened at its place in the quiz's question sheet) and each lesson a course lists
 * as coming soon (opened at its section of the course's outline).
 */
final class SearchEntries {
    /** Longest question shown whole as a result's title; longer ones are cut at a word. */
    static final int TITLE_LIMIT = 90;

    private SearchEntries() {
    }

    /** Each question of {@code q}: titled by its text, in the context of the quiz, linked to {@code quiz-q-<n>}. */
    static void questions(LanguageTree tree, QuizBank q, String quizPath) {
        for (int n = 1; n <= q.questions().size(); n++) {
            Question question = q.questions().get(n - 1);
            List<String> parts = new ArrayList<>();
            parts.add(question.question());
            parts.addAll(question.options());
            if (question.explanation() != null) {
                parts.add(question.explanation());
            }
            String text = String.join("\n", parts).replace("`", "");
            tree.index(new SearchIndex.Doc(shortened(question.question().replace("`", "")), quizPath + "#quiz-q-" + n,
                    "question", q.title(), q.textLang()), List.of(), null, CountedWords.of(text), PackedText.of(text));
        }
    }

    /** The lessons of a course's outline that have no page yet, linked to their section ({@code sec-<i>}). */
    static void comingSoon(LanguageTree tree, String courseTitle, String coursePath, List<SectionView> sections,
                           String lang) {
        for (int i = 0; i < sections.size(); i++) {
            SectionView section = sections.get(i);
            String context = section.title() == null || section.title().isBlank()
                    ? courseTitle : courseTitle + " › " + section.title();
            for (LessonEntry entry : section.lessons()) {
                if (entry.comingSoon()) {
                    tree.index(new SearchIndex.Doc(entry.title(), coursePath + "#sec-" + i, "soon", context, lang),
                            List.of(), entry.description(), CountedWords.NONE, PackedText.EMPTY);
                }
            }
        }
    }

    /** {@code text} whole when short, else cut at the last space before {@link #TITLE_LIMIT} with an ellipsis. */
    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= TITLE_LIMIT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LIMIT - 1);
        return line.substring(0, cut > TITLE_LIMIT / 2 ? cut : TITLE_LIMIT - 1).strip() + "…";
    }
}
