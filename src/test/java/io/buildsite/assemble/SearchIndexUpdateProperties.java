package io.buildsite.assemble;

import io.buildsite.model.PackedText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Updating the index after one page's edit gives exactly the index built again from scratch. */
class SearchIndexUpdateProperties {
    private static final List<String> WORDS = List.of("đăng", "dang", "Đăng", "dạng", "đang", "ký", "ky", "kỳ",
            "git", "Git", "nhánh", "nhanh", "commit", "xung", "đột", "dot", "bài", "bai", "học", "hoc");

    record Edit(List<String> pages, int page, String text) {
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMaxSize(12).map(w -> String.join(" ", w));
        return text.list().ofMinSize(1).ofMaxSize(7).flatMap(pages -> Combinators.combine(
                Arbitraries.integers().between(0, pages.size() - 1), text).as((page, edited) -> new Edit(pages, page, edited)));
    }

    @Property(tries = 1500)
    void anUpdatedIndexEqualsOneBuiltAgain(@ForAll("edits") Edit edit) {
        SearchIndexBuilder before = builder(edit.pages());
        SearchIndex old = before.build();
        List<String> edited = new ArrayList<>(edit.pages());
        edited.set(edit.page(), edit.text());
        SearchIndex rebuilt = builder(edited).build();

        List<DocTerms> now = new ArrayList<>(before.counted());
        now.set(edit.page(), DocTerms.of("T" + edit.page(), List.of(), edit.text()));
        SearchIndex updated = SearchIndexBuilder.update(old, before.counted().get(edit.page()), now, edit.page(),
                SearchIndexBuilder.textOf(List.of(), null, PackedText.of(edit.text())));

        assertThat(comparable(updated)).isEqualTo(comparable(rebuilt));
        assertThat(updated.texts()).isEqualTo(rebuilt.texts());
        assertThat(updated.docs()).isEqualTo(rebuilt.docs());
    }

    private static SearchIndexBuilder builder(List<String> texts) {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        for (int i = 0; i < texts.size(); i++) {
            String title = "T" + i;
            String text = texts.get(i);
            builder.add(new SearchIndex.Doc(title, "p" + i + "/", "lesson", null, "vi"),
                    SearchIndexBuilder.textOf(List.of(), null, PackedText.of(text)), () -> DocTerms.of(title, List.of(), text));
        }
        return builder;
    }

    /** Chunks with each term's postings as a list, so equal contents compare equal. */
    private static Map<String, Map<String, List<Object>>> comparable(SearchIndex index) {
        Map<String, Map<String, List<Object>>> out = new LinkedHashMap<>();
        index.chunks().forEach((chunk, terms) -> {
            Map<String, List<Object>> entries = new LinkedHashMap<>();
            terms.forEach((term, entry) -> entries.put(term, List.of(entry.variants(),
                    Arrays.stream(entry.postings()).boxed().toList())));
            out.put(chunk, entries);
        });
        return out;
    }
}
