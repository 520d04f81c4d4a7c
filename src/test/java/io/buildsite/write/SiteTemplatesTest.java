package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a site's own templates see of a page body, and of the site's addresses. */
class SiteTemplatesTest {
    @TempDir
    Path dir;

    private TestSite siteWithLessonTemplate(String template, String body) throws IOException {
        return TestSite.in(dir)
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", body)
                .file("templates/lesson.peb", template);
    }

    @Test
    void theBodyPrintsAsItsHtml() throws IOException {
        TestSite site = siteWithLessonTemplate("<main>{{ lesson.bodyHtml | raw }}</main>", "<p>Nội dung</p>");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).isEqualTo("<main><p>Nội dung</p>\n</main>");
    }

    @Test
    void theBodyIsEmptyInATemplateWhenThePageHasNone() throws IOException {
        TestSite site = siteWithLessonTemplate("{% if lesson.bodyHtml is empty %}no body{% endif %}", "  \n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).isEqualTo("no body");
    }

    @Test
    void everyTemplateSeesTheSectionPagesPaths() throws IOException {
        TestSite site = siteWithLessonTemplate("{{ paths.series }} {{ paths.quizzes }} {{ paths.blog }} {{ paths.tags }}", "x");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).isEqualTo("series/ luyen-thi/ blog/ tags/");
    }

    @Test
    void stringFiltersWorkOnTheBodysText() throws IOException {
        TestSite site = siteWithLessonTemplate("{{ lesson.bodyHtml.text() | length }}", "<p>ab</p>");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).isEqualTo(String.valueOf("<p>ab</p>\n".length()));
    }
}
