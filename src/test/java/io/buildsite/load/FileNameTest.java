package io.buildsite.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileNameTest {
    private static final List<String> LANGUAGES = List.of("vi", "en");

    private static FileName parse(String name) {
        return FileName.parse(name, LANGUAGES, "vi");
    }

    @Test
    void languageSuffixNamesTheTranslation() {
        assertThat(parse("01-x.en.md")).isEqualTo(new FileName("01-x", "en", "md"));
    }

    @Test
    void fileWithoutSuffixIsInTheDefaultLanguage() {
        assertThat(parse("01-x.md")).isEqualTo(new FileName("01-x", "vi", "md"));
    }

    @Test
    void quizTranslationKeepsItsJsonExtension() {
        assertThat(parse("git-github.en.json")).isEqualTo(new FileName("git-github", "en", "json"));
    }

    @Test
    void suffixThatIsNotAConfiguredLanguageStaysInTheStem() {
        assertThat(parse("v1.2.md")).isEqualTo(new FileName("v1.2", "vi", "md"));
    }

    @Test
    void courseIndexTranslationHasStemIndex() {
        assertThat(parse("index.en.md")).isEqualTo(new FileName("index", "en", "md"));
    }

    @Test
    void unnumberedDropsTheOrderingNumber() {
        assertThat(parse("01-bai-1-x.md").unnumbered()).isEqualTo("bai-1-x");
    }

    @Test
    void unnumberedAcceptsUnderscoreAndDotSeparators() {
        assertThat(new FileName("02_x", "vi", "md").unnumbered()).isEqualTo("x");
        assertThat(new FileName("10.x", "vi", "md").unnumbered()).isEqualTo("x");
    }

    @Test
    void unnumberedLeavesAStemWithoutNumberAsItIs() {
        assertThat(parse("bai-1-x.md").unnumbered()).isEqualTo("bai-1-x");
    }

    @Test
    void unnumberedDropsOnlyTheFirstNumber() {
        assertThat(parse("01-2-x.md").unnumbered()).isEqualTo("2-x");
    }
}
