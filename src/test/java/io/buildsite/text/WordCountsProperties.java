package io.buildsite.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting words straight from the text gives what lower-casing each word as a string would. */
class WordCountsProperties {
    private static final List<String> WORDS = List.of("Đăng", "đăng", "ĐĂNG", "dạng", "Kiểm", "KIỂM", "Git", "git",
            "GIT", "İstanbul", "ΣΟΦΙΑ", "σοφια", "𝐀𝐁", "x1", "Ǆemal", "ǅ", "Ω", "ß", "ÉTÉ", "été", "a", "ab", "ống");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(30).map(words -> String.join(" ", words));
    }

    @Property(tries = 1000)
    void countsAsLowerCasingEachWordWould(@ForAll("texts") String text) {
        WordCounts counts = new WordCounts();
        Map<String, Integer> expected = new TreeMap<>();
        for (String word : text.split(" ")) {
            if (word.length() >= 2) {
                counts.add(text, text.indexOf(word), text.indexOf(word) + word.length(), 1);
                expected.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }

        assertThat(List.of(counts.sortedWords())).containsExactlyElementsOf(expected.keySet());
        expected.forEach((word, weight) -> assertThat(counts.get(word)).as(word).isEqualTo(weight));
    }

    @Test
    void keepsCountingPastTheFirstTableSize() {
        WordCounts counts = new WordCounts();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("w").append(i).append(' ');
        }
        String all = text.toString();
        int at = 0;
        for (int i = 0; i < 5_000; i++) {
            int end = all.indexOf(' ', at);
            counts.add(all, at, end, i % 3 + 1);
            at = end + 1;
        }

        assertThat(counts.sortedWords()).hasSize(5_000);
        assertThat(counts.get("w4999")).isEqualTo(4999 % 3 + 1);
    }
}
