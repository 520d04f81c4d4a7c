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

/** A page's terms are the same whether its body's words were counted when it was rendered or with the rest. */
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

        DocTerms ahead = DocTerms.of(title, headings, extra, CountedWords.of(body));
        DocTerms together = DocTerms.of(title, headings, SearchIndex.DocText.join(extra, body));

        assertThat(ahead.terms()).containsExactly(together.terms());
        assertThat(ahead.spellings()).containsExactly(together.spellings());
        assertThat(ahead.groupStart()).containsExactly(together.groupStart());
        assertThat(ahead.termWeights()).containsExactly(together.termWeights());
    }
}
