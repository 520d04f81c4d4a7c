package io.buildsite.assemble;

import io.buildsite.render.TocEntry;
import io.buildsite.text.CountedWords;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's terms are the same whether its body's words were counted when it was rendered or with the rest,
 * and are grouped as a sorted tree of folded terms would group them.
 */
class DocTermsProperties {
    private static final List<String> WORDS = List.of("Đăng", "đăng", "ký", "KÝ", "Git", "git", "İstanbul", "ΣΟΦΙΑ",
            "𝐀𝐁", "x1", "a", "pod", "Pod", "commit", "—", ",", "\n");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(25).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> extras() {
        return Arbitraries.oneOf(texts(), Arbitraries.just(null), Arbitraries.just(""), Arbitraries.just("  "));
    }

    @Property(tries = 1000)
    void countingTheBodyAheadGivesTheSameTerms(@ForAll("texts") String title, @ForAll("texts") String heading,
                                                @ForAll("extras") String extra, @ForAll("texts") String body) {
        List<TocEntry> headings = List.of(new TocEntry("h", heading, 2));

        DocTerms ahead = DocTerms.of(title, "", headings, extra, CountedWords.of(body));
        DocTerms together = DocTerms.of(title, headings, SearchIndex.DocText.join(extra, body));

        assertThat(ahead.terms()).containsExactly(together.terms());
        assertThat(ahead.spellings()).containsExactly(together.spellings());
        assertThat(ahead.groupStart()).containsExactly(together.groupStart());
        assertThat(ahead.termWeights()).containsExactly(together.termWeights());
    }

    @Property(tries = 1000)
    void groupsAsASortedTreeOfFoldedTermsWould(@ForAll("texts") String title, @ForAll("texts") String heading,
                                               @ForAll("texts") String text) {
        List<TocEntry> headings = List.of(new TocEntry("h", heading, 2));

        DocTerms made = DocTerms.of(title, headings, text);
        DocTerms tree = byTree(title, headings, text);

        assertThat(made.terms()).containsExactly(tree.terms());
        assertThat(made.spellings()).containsExactly(tree.spellings());
        assertThat(made.groupStart()).containsExactly(tree.groupStart());
        assertThat(made.termWeights()).containsExactly(tree.termWeights());
    }

    /** The terms as the index first grouped them: every word counted together, then a tree of folded terms. */
    private static DocTerms byTree(String title, List<TocEntry> headings, String text) {
        io.buildsite.text.WordCounts weights = new io.buildsite.text.WordCounts();
        weights.count(text, 1);
        weights.count(title, DocTerms.TITLE_WEIGHT);
        headings.forEach(h -> weights.count(h.title(), DocTerms.HEADING_WEIGHT));
        java.util.TreeMap<String, List<String>> groups = new java.util.TreeMap<>();
        for (String spelling : weights.sortedWords()) {
            String fold = DocTerms.folded(spelling);
            if (fold.matches("[a-z0-9]{2,}")) {
                groups.computeIfAbsent(fold, k -> new java.util.ArrayList<>()).add(spelling);
            }
        }
        java.util.List<String> spellings = new java.util.ArrayList<>();
        int[] starts = new int[groups.size() + 1];
        int[] termWeights = new int[groups.size()];
        int g = 0;
        for (List<String> group : groups.values()) {
            starts[g] = spellings.size();
            for (String spelling : group) {
                spellings.add(spelling);
                termWeights[g] += weights.get(spelling);
            }
            g++;
        }
        starts[g] = spellings.size();
        return new DocTerms(spellings.toArray(String[]::new), groups.keySet().toArray(String[]::new), starts,
                termWeights);
    }
}
