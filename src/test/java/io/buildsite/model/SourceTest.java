package io.buildsite.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTest {

    @Test
    void originalOfATranslationDropsItsLanguageSuffix() {
        assertThat(Source.originalPath("content/series/c/x/chapters/01/lessons/01-a.en.md", "en", "vi"))
                .isEqualTo("content/series/c/x/chapters/01/lessons/01-a.md");
    }

    @Test
    void originalOfAQuizTranslation() {
        assertThat(Source.originalPath("data/quizzes/git-github.en.json", "en", "vi"))
                .isEqualTo("data/quizzes/git-github.json");
    }

    @Test
    void originalOfAnOriginalIsItself() {
        assertThat(Source.originalPath("content/blog/git/post.md", "vi", "vi")).isEqualTo("content/blog/git/post.md");
    }

    @Test
    void courseIndexTranslationBelongsToTheCourseIndex() {
        assertThat(Source.originalPath("content/series/cat/c/index.en.md", "en", "vi"))
                .isEqualTo("content/series/cat/c/index.md");
    }
}
