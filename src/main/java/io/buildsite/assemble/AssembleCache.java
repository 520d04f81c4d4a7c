package io.buildsite.assemble;

import io.buildsite.render.TocEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What assembling keeps between builds of a preview session: each page's counted words, so that
 * re-indexing after an edit counts only the edited page again. Keyed by the very text object a
 * cached render returned, so an unchanged body is recognised without comparing it.
 */
public final class AssembleCache {
    private record Key(String title, String extra, Object text) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.title.equals(title) && java.util.Objects.equals(k.extra, extra)
                    && k.text == text;
        }

        @Override
        public int hashCode() {
            return title.hashCode() * 31 + System.identityHashCode(text);
        }
    }

    /** Compares by identity: a bank object the load cache handed out again is the same, unchanged bank. */
    private record Same(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same s && s.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    private final Map<Same, List<Views.QuestionView>> questions = new ConcurrentHashMap<>();
    private final Map<List<Object>, String> quizJson = new ConcurrentHashMap<>();
    private final Set<Object> usedQuizzes = ConcurrentHashMap.newKeySet();
    private final Map<Key, DocTerms> terms = new ConcurrentHashMap<>();
    private final Map<Key, SearchIndex.DocText> texts = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    DocTerms terms(String title, List<TocEntry> headings, String extra, String text) {
        Key key = new Key(title, extra, text);
        used.add(key);
        return terms.computeIfAbsent(key, k -> DocTerms.of(title, headings, join(extra, text)));
    }

    /** The page's snippet text, the same object as last time when the page did not change. */
    SearchIndex.DocText text(String title, List<TocEntry> headings, String extra, String text) {
        Key key = new Key(title, extra, text);
        used.add(key);
        return texts.computeIfAbsent(key, k -> SearchIndexBuilder.textOf(headings, join(extra, text)));
    }

    /** A quiz bank's questions as listed on its page, made once per bank version. */
    List<Views.QuestionView> questions(io.buildsite.model.QuizBank bank,
                                       java.util.function.Function<io.buildsite.model.QuizBank, List<Views.QuestionView>> make) {
        Same key = new Same(bank);
        usedQuizzes.add(key);
        return questions.computeIfAbsent(key, k -> make.apply(bank));
    }

    /** A quiz page's data JSON, made again only when its bank or its lesson links changed. */
    String json(io.buildsite.model.QuizBank bank, Object lessonLinks, java.util.function.Supplier<String> make) {
        List<Object> key = List.of(new Same(bank), lessonLinks);
        usedQuizzes.add(key);
        return quizJson.computeIfAbsent(key, k -> make.get());
    }

    /** Forgets pages that the last build no longer had, so a long session does not grow. */
    void endBuild() {
        questions.keySet().retainAll(usedQuizzes);
        quizJson.keySet().retainAll(usedQuizzes);
        usedQuizzes.clear();
        terms.keySet().retainAll(used);
        texts.keySet().retainAll(used);
        used.clear();
    }

    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + "\n" + second;
    }
}
