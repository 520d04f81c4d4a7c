package io.buildsite.assemble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a search document takes from its address: its own folder's name, split at separators. */
class SearchDocAddressTest {
    private static String wordsOf(String path) {
        return new SearchIndex.Doc("T", path, "lesson", null, "vi").addressWords();
    }

    @Test
    void aLessonsFolderGivesItsWordsWithoutTheOrderNumber() {
        assertThat(wordsOf("lessons/luyen-thi-cka/01-kien-truc-cka-kubeadm/")).isEqualTo("kien truc cka kubeadm");
    }

    @Test
    void onlyThePagesOwnFolderCountsNotItsCourses() {
        assertThat(wordsOf("luyen-thi/cka/")).isEqualTo("cka");
    }

    @Test
    void dotsAndUnderscoresSeparateWordsToo() {
        assertThat(wordsOf("blog/aws.saa_notes/")).isEqualTo("aws saa notes");
    }

    @Test
    void aPlaceInsideAPageHasNoAddressWords() {
        assertThat(wordsOf("luyen-thi/cka/#quiz-q-7")).isEmpty();
        assertThat(wordsOf("series/luyen-thi/git/#sec-1")).isEmpty();
    }

    @Test
    void theHomePageHasNone() {
        assertThat(wordsOf("")).isEmpty();
    }
}
