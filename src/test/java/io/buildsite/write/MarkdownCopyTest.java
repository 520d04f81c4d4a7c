package io.buildsite.write;

import io.buildsite.testing.TestImages;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lesson has a Markdown copy beside its page, made from its rendered body. */
class MarkdownCopyTest {
    private static final String BODY = """
            ## Cài đặt

            Chạy **một** lệnh, rồi `get`:

            ```bash
            kubectl get pods
            ```

            | Lệnh | Việc |
            |---|---|
            | `get` | liệt kê |

            > [!TIP]
            > Dùng `-o wide`.

            Xem [tài liệu](https://kubernetes.io/docs/) và [bài sau](../b/).

            ![Sơ đồ cụm](/images/cum.png)
            """;

    @TempDir
    Path dir;

    private TestSite site(String siteYaml) throws IOException {
        return TestSite.in(dir)
                .file("site.yaml", siteYaml)
                .bytes("static/images/cum.png", TestImages.png(8, 4))
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: \"Bài 1: ổn định\"\nslug: a\ndescription: Các lệnh đầu tiên.", BODY)
                .lesson("c", "02-b.md", "title: Bài 2\nslug: b", "Hai.\n");
    }

    @Test
    void aLessonsCopyHasItsTitleDescriptionAddressAndCleanMarkdown() throws IOException {
        TestSite site = site("base_url: https://example.org/khoa/\nlanguages: [vi, en]\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.md")).isEqualTo("""
                # Bài 1: ổn định

                > Các lệnh đầu tiên.

                Trang gốc: <https://example.org/khoa/lessons/c/a/>

                ## Cài đặt

                Chạy **một** lệnh, rồi `get`:

                ```bash
                kubectl get pods
                ```

                | Lệnh  |  Việc   |
                |-------|---------|
                | `get` | liệt kê |

                > **Mẹo**
                >
                > Dùng `-o wide`.

                Xem [tài liệu](https://kubernetes.io/docs/) và [bài sau](https://example.org/khoa/lessons/c/b/).

                ![Sơ đồ cụm](https://example.org/khoa/images/cum.png)
                """);
    }

    @Test
    void withoutTheSitesAddressLinksStayRelativeToTheCopy() throws IOException {
        TestSite site = site("languages: [vi, en]\n");

        assertThat(site.build().exitCode()).isZero();

        String copy = site.read("lessons/c/a/index.md");
        assertThat(copy).contains("Trang gốc: <./>", "[bài sau](../b/)", "![Sơ đồ cụm](../../../images/cum.png)");
        Path folder = site.root().resolve("site-output/lessons/c/a");
        assertThat(folder.resolve("../b/index.md").normalize()).exists();
        assertThat(folder.resolve("../../../images/cum.png").normalize()).exists();
    }

    @Test
    void anUntranslatedLessonHasNoCopyInTheOtherLanguage() throws IOException {
        TestSite site = site("base_url: https://example.org/\nlanguages: [vi, en]\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.root().resolve("site-output/en/lessons/c/a/index.html")).exists();
        assertThat(site.root().resolve("site-output/en/lessons/c/a/index.md")).doesNotExist();
    }

    @Test
    void theCopiesAreNotPagesOfTheSitemap() throws IOException {
        TestSite site = site("base_url: https://example.org/\nlanguages: [vi, en]\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("sitemap.xml")).contains("/lessons/c/a/").doesNotContain(".md");
        assertThat(Files.readString(site.root().resolve("site-output/search/docs.json"))).doesNotContain(".md");
    }
}
