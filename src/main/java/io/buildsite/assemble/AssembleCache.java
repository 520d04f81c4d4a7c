package io.buildsite.assemble;

import io.buildsite.model.QuizBank;
import io.buildsite.render.TocEntry;
import io.buildsite.text.CountedWords;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What assembling keeps between builds of a preview session: each page's counted words, so that
 * re-indexing after an edit counts only the edited page again. Keyed by the very word counts a
 * cached render returned, so an unchanged body is recognised without comparing it. A build outside a
 * session gets one of its own, so that a page and its untranslated copy share that work.
 */
public final class AssembleCache {
    private record Key(String title, String address, String extra, CountedWords words) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.title.equals(title) && k.address.equals(address)
                    && Objects.equals(k.extra, extra) && k.words == words;
        }

        @Override
        public int hashCode() {
            return title.hashCode() * 31 + System.identityHashCode(words);
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

    private final TwoBuildMap<Same, List<Views.QuestionView>> questions = new TwoBuildMap<>();
    private final TwoBuildMap<List<Object>, String> quizJson = new TwoBuildMap<>();
    private final TwoBuildMap<Key, DocTerms> terms = new TwoBuildMap<>();
    private final TwoBuildMap<String, List<Views.SectionView>> outlines = new TwoBuildMap<>();
    private final TwoBuildMap<List<Object>, List<Views.SectionView>> marked = new TwoBuildMap<>();

    DocTerms terms(String title, String address, List<TocEntry> headings, String extra, CountedWords words) {
        return terms.get(new Key(title, address, extra, words), k -> DocTerms.of(title, address, headings, extra, words));
    }

    /** A quiz bank's questions as listed on its page, made once per bank version. */
    List<Views.QuestionView> questions(QuizBank bank,
                                       Function<QuizBank, List<Views.QuestionView>> make) {
        return questions.get(new Same(bank), k -> make.apply(bank));
    }

    /** A quiz page's data JSON, made again only when its bank or its lesson links changed. */
    String json(QuizBank bank, Object lessonLinks, Supplier<String> make) {
        return quizJson.get(List.of(new Same(bank), lessonLinks), k -> make.get());
    }

    /** A course outline: the last build's list when equal to {@code made}, so pages compare by identity. */
    List<Views.SectionView> outline(String key, List<Views.SectionView> made) {
        return outlines.same(key, made);
    }

    /** A lesson page's outline, made again only when the course outline changed. */
    List<Views.SectionView> marked(List<Views.SectionView> outline, String lessonPath,
                                   Supplier<List<Views.SectionView>> make) {
        return marked.get(List.of(new Same(outline), lessonPath), k -> make.get());
    }

    /** What the last full assembly worked from, for assembling one edited lesson alone afterwards. */
    record Last(SiteIndex index, Map<String, List<DocTerms>> searchTerms) {
    }

    private volatile Last last;

    void keep(Last assembled) {
        last = assembled;
    }

    Last last() {
        return last;
    }

    /** Forgets the terms made from {@code words}: a page edited since has none of them. */
    void forgetWords(CountedWords words) {
        terms.forget(k -> k.words == words);
    }

    /** Forgets what the build just ended did not use, so a long session does not grow. */
    void endBuild() {
        List.of(questions, quizJson, terms, outlines, marked).forEach(TwoBuildMap::endBuild);
    }
}
