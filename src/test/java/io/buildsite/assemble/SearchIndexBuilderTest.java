package io.buildsite.assemble;

import io.buildsite.model.PackedText;
import io.buildsite.render.TocEntry;
import io.buildsite.text.CountedWords;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index: folded terms, their spellings, weights by place, and the chunks they go to. */
class SearchIndexBuilderTest {
    private static SearchIndex index(String... titleAndText) {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        for (int i = 0; i < titleAndText.length; i += 2) {
            String title = titleAndText[i];
            String text = titleAndText[i + 1];
            builder.add(new SearchIndex.Doc(title, "p" + i + "/", "lesson", null, "vi"),
                    SearchIndexBuilder.textOf(List.of(), null, PackedText.of(text)),
                    () -> DocTerms.of(title, List.of(), text));
        }
        return builder.build();
    }

    @Test
    void foldsVietnameseSoUnmarkedQueriesFindMarkedWords() {
        SearchIndex index = index("Đăng ký", "Hướng dẫn đăng ký tài khoản");

        assertThat(index.chunks().get("da")).containsKey("dang");
        assertThat(index.chunks().get("ky")).containsKey("ky");
        assertThat(index.chunks().get("ta")).containsKey("tai");
    }

    @Test
    void keepsEachSpellingAndWhichDocumentUsesIt() {
        SearchIndex index = index("A", "đăng nhập", "B", "dạng bài", "C", "đang học");

        SearchIndex.Term dang = index.chunks().get("da").get("dang");
        assertThat(dang.variants()).containsExactly("đăng", "dạng", "đang");
        assertThat(dang.postings()).containsExactly(0, 69, 0b001, 1, 69, 0b010, 2, 69, 0b100);
    }

    @Test
    void aWordInTheTitleWeighsMoreThanInTheText() {
        SearchIndex index = index("Git", "nothing", "Other", "git");

        int[] postings = index.chunks().get("gi").get("git").postings();
        assertThat(postings[1]).isGreaterThan(postings[4]);
    }

    @Test
    void headingsWeighBetweenTitleAndText() {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        List<TocEntry> headings = List.of(new TocEntry("h", "merge", 2));
        builder.add(new SearchIndex.Doc("T", "p/", "lesson", null, "vi"),
                SearchIndexBuilder.textOf(headings, null, PackedText.of("x")),
                () -> DocTerms.of("T", headings, "x"));
        builder.add(new SearchIndex.Doc("U", "q/", "lesson", null, "vi"),
                SearchIndexBuilder.textOf(List.of(), null, PackedText.of("merge")),
                () -> DocTerms.of("U", List.of(), "merge"));

        int[] postings = builder.build().chunks().get("me").get("merge").postings();
        assertThat(postings[1]).isGreaterThan(postings[4]);
    }

    @Test
    void thePagesAddressWordsAreIndexedWithoutItsNumbers() {
        SearchIndex.Doc doc = new SearchIndex.Doc("Architecture", "lessons/k8s/01-kien-truc/", "lesson", null, "vi");
        SearchIndexBuilder builder = new SearchIndexBuilder();
        builder.add(doc, SearchIndexBuilder.textOf(List.of(), null, PackedText.EMPTY),
                () -> DocTerms.of(doc.title(), doc.addressWords(), List.of(), null, CountedWords.NONE));

        SearchIndex index = builder.build();

        assertThat(index.chunks().get("ki").get("kien").postings()).containsExactly(0, 161, 0b1);
        assertThat(index.chunks()).doesNotContainKey("01");
    }

    @Test
    void oneLetterWordsAndNonLatinScriptsAreLeftOut() {
        SearchIndex index = index("T", "a b c θεός 中文 ok");

        assertThat(index.chunks().keySet()).containsExactlyInAnyOrder("ok");
    }

    @Test
    void keepsTheDocumentTextForSnippetsUpToTheLimit() {
        SearchIndex index = index("T", "x".repeat(SearchIndex.DocText.LIMIT + 50));

        assertThat(index.texts().get(0).text()).hasSize(SearchIndex.DocText.LIMIT);
    }
}
