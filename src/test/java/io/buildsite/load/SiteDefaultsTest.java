package io.buildsite.load;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site whose site.yaml gives no title or description is titled and described from its first course
 * (in the order the course lists show them), not by the tool's name, and each choice is warned about.
 */
class SiteDefaultsTest {
    private static final String SETTINGS = "base_url: https://example.org/\n";
    private static final String TITLE_WARNING = "site.yaml:1:1: warning: no title in site.yaml: the site is titled ";
    private static final String SET_TITLE = "; set title in site.yaml (e.g. title: My courses) to name it";

    @TempDir
    Path dir;

    private TestSite twoCourses(String settings) throws IOException {
        return TestSite.in(dir).file("site.yaml", settings)
                .course("b-git", "title: Git\ncategory:\n  name: Ôn thi chứng chỉ\n  slug: on-thi\n"
                        + "description: Ôn thi Git từ đầu.")
                .course("z-k8s", "title: Kubernetes\ncategory:\n  name: Hạ tầng\n  slug: ha-tang\n"
                        + "description: Ôn thi Kubernetes.");
    }

    @Test
    void aSiteWithoutATitleIsTitledByItsFirstCoursesCategoryAndSaysSo() throws IOException {
        TestSite site = twoCourses(SETTINGS + "description: D\n");

        TestSite.Result result = site.build();

        assertThat(result.diagnostics()).containsExactly(TITLE_WARNING + "'Ôn thi chứng chỉ', the category of its "
                + "first course (content/series/cat/b-git/index.md)" + SET_TITLE);
        assertThat(site.read("index.html")).contains("<title>Ôn thi chứng chỉ</title>")
                .doesNotContain("<title>build-site", "\"build-site\"");
        assertThat(site.read("series/index.html")).contains("– Ôn thi chứng chỉ</title>");
    }

    @Test
    void aSiteWithOneCourseIsTitledByThatCourse() throws IOException {
        TestSite site = TestSite.in(dir).file("site.yaml", SETTINGS + "description: D\n")
                .course("git", "title: Luyện thi Git\ncategory:\n  name: Ôn thi\n  slug: on-thi");

        TestSite.Result result = site.build();

        assertThat(result.diagnostics()).containsExactly(TITLE_WARNING + "'Luyện thi Git', the title of its only "
                + "course (content/series/cat/git/index.md)" + SET_TITLE);
        assertThat(site.read("index.html")).contains("<title>Luyện thi Git</title>");
    }

    @Test
    void aSiteWithoutADescriptionIsDescribedByItsFirstCourseAndSaysSo() throws IOException {
        TestSite site = twoCourses(SETTINGS + "title: T\n");

        TestSite.Result result = site.build();

        assertThat(result.diagnostics()).containsExactly("site.yaml:1:1: warning: no description in site.yaml: the "
                + "site is described by its first course's description (content/series/cat/b-git/index.md); set "
                + "description in site.yaml (e.g. description: Lessons and practice exams for …) to describe it");
        assertThat(site.read("index.html")).contains("<meta name=\"description\" content=\"Ôn thi Git từ đầu.\">");
    }

    @Test
    void aSiteThatNamesItsTitleAndDescriptionIsNotWarned() throws IOException {
        TestSite site = twoCourses(SETTINGS + "title: T\ndescription: D\n");

        TestSite.Result result = site.build();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(site.read("index.html")).contains("<title>T</title>", "<meta name=\"description\" content=\"D\">");
    }

    @Test
    void theHomePageIsSharedUnderTheSiteTitle() throws IOException {
        TestSite site = twoCourses(SETTINGS + "title: Ôn thi\ntitles:\n  en: Exam prep\ndescription: D\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("index.html")).contains("<meta property=\"og:title\" content=\"Ôn thi\">");
        assertThat(site.read("en/index.html")).contains("<meta property=\"og:title\" content=\"Exam prep\">");
    }
}
