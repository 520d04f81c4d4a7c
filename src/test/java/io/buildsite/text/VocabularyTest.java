package io.buildsite.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void twoBodiesCountedApartShareOneStringPerWord() {
        CountedWords first = CountedWords.of("Kubernetes chạy pod");
        CountedWords second = CountedWords.of("Một pod của KUBERNETES");

        assertThat(first.word(0)).isEqualTo("chạy");
        assertThat(second.word(1)).isEqualTo("kubernetes");
        assertThat(second.word(1)).isSameAs(first.word(1));
        assertThat(second.word(3)).isSameAs(first.word(2));
    }

    @Test
    void aWordIsItsOwnCanonicalStringTheFirstTimeItIsSeen() {
        String word = new String("vocabulary-test-" + System.nanoTime());

        assertThat(Vocabulary.canonical(word)).isSameAs(word);
        assertThat(Vocabulary.canonical(new String(word))).isSameAs(word);
    }
}
