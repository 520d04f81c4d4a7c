package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each language tree's llms.txt lists its courses with their lessons and quiz, its quizzes and posts. */
class LlmsTxtTest {
    private static final String BANK = """
            {"title": "Đề K", "description": "Mười câu.", "questions": [{"id": 1, "question": "Which?", "options": ["A", "B"], "correct": 0}]}""";

    @TempDir
    Path dir;

    private TestSite site(String siteYaml) throws IOException {
        return TestSite.in(dir)
                .file("site.yaml", siteYaml + "title: Ôn thi\nlanguages: [vi, en]\ndescription: Khóa ôn thi.\n")
                .course("k", "title: Kubernetes\nslug: k\ndescription: Cụm và pod.\nquiz_slug: q")
                .lesson("k", "01-a.md", "title: \"Bài [1]\"\nslug: a\ndescription: Pod.", "Một.\n")
                .lesson("k", "02-b.md", "title: Bài 2\nslug: b", "Hai.\n")
                .lesson("k", "03-c.md", "title: Bài 3\nslug: c\ndraft: true", "Ba.\n")
                .file("content/series/cat/k/chapters/01-a/lessons/01-a.en.md",
                        "---\ntitle: Lesson 1\nslug: a\ndescription: Pods.\n---\nOne.\n")
                .file("data/quizzes/q.json", BANK)
                .file("content/blog/news/p.md", "---\ntitle: Tin\npublished_at: 2026-04-13\nexcerpt: Mới.\n---\nTin mới.\n");
    }

    @Test
    void listsCoursesWithTheirLessonsCopiesAndQuizThenQuizzesPostsAndTheFullFile() throws IOException {
        TestSite site = site("base_url: https://example.org/\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("llms.txt")).isEqualTo("""
                # Ôn thi

                > Khóa ôn thi.

                ## Kubernetes

                - [Kubernetes](https://example.org/series/cat/k/): Cụm và pod.
                - [Bài \\[1\\]](https://example.org/lessons/k/a/index.md): Pod.
                - [Bài 2](https://example.org/lessons/k/b/index.md)
                - [Đề K](https://example.org/luyen-thi/q/): Mười câu.

                ## Luyện thi

                - [Đề K](https://example.org/luyen-thi/q/): Mười câu.

                ## Blog

                - [Tin](https://example.org/blog/p/index.md): Mới.

                ## Optional

                - [llms-full.txt](https://example.org/llms-full.txt): Mọi bài học trong một tệp Markdown
                """);
    }

    @Test
    void anotherLanguageLinksItsOwnCopiesAndTheOriginalsOfWhatIsUntranslated() throws IOException {
        TestSite site = site("base_url: https://example.org/\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("en/llms.txt"))
                .contains("- [Lesson 1](https://example.org/en/lessons/k/a/index.md): Pods.\n")
                .contains("- [Bài 2](https://example.org/lessons/k/b/index.md)\n")
                .contains("- [llms-full.txt](https://example.org/en/llms-full.txt): Every lesson in one Markdown file\n");
    }

    @Test
    void withoutTheSitesAddressLinksAreRelativeToTheFile() throws IOException {
        TestSite site = site("");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("llms.txt")).contains("- [Bài 2](./lessons/k/b/index.md)\n");
        assertThat(site.read("en/llms.txt")).contains("- [Lesson 1](../en/lessons/k/a/index.md): Pods.\n",
                "- [Bài 2](../lessons/k/b/index.md)\n");
    }

    @Test
    void theFullFileHoldsEveryLessonsCopyInCourseOrder() throws IOException {
        TestSite site = site("base_url: https://example.org/\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("llms-full.txt")).isEqualTo(site.read("lessons/k/a/index.md") + "\n---\n\n"
                + site.read("lessons/k/b/index.md"));
        assertThat(site.read("en/llms-full.txt")).isEqualTo(site.read("en/lessons/k/a/index.md") + "\n---\n\n"
                + site.read("lessons/k/b/index.md"));
    }

    @Test
    void aCopiedFileAtTheNameOfLlmsTxtOrACopyIsAnError() throws IOException {
        TestSite site = site("base_url: https://example.org/\n").file("static/llms.txt", "# Mine\n")
                .file("static/lessons/k/b/index.md", "# Mine\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.diagnostics()).containsExactlyInAnyOrder(
                "static/lessons/k/b/index.md:1:1: error: would replace the generated lessons/k/b/index.md: rename or move it",
                "static/llms.txt:1:1: error: would replace the generated llms.txt: rename or move it");
    }

    @Test
    void aDraftShownByADraftsBuildIsNeitherListedNorCopied() throws IOException {
        TestSite site = site("base_url: https://example.org/\n");

        assertThat(site.build("--drafts").exitCode()).isZero();

        assertThat(site.root().resolve("site-output/lessons/k/c/index.html")).exists();
        assertThat(site.read("llms.txt")).doesNotContain("Bài 3", "lessons/k/c/");
        assertThat(site.root().resolve("site-output/lessons/k/c/index.md")).doesNotExist();
    }
}
