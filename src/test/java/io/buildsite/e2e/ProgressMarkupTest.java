package io.buildsite.e2e;

import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages give the progress script (templates/assets/progress.js): the course and lesson slugs
 * in data attributes, and its controls hidden until the script shows them, so a page without
 * JavaScript has no button that does nothing.
 */
class ProgressMarkupTest {
    private static final String BANK = """
            {"title": "Q", "questions": [{"id": 1, "question": "Which?", "options": ["A", "B"], "correct": 0}]}""";
    @TempDir
    static Path dir;
    private static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.in(dir)
                .course("c", "title: Course\nslug: c\nquiz_slug: q")
                .lesson("c", "01-one.md", "title: One\nslug: one", "Text.")
                .lesson("c", "02-two.md", "title: Two\nslug: two", "Text.")
                .file("data/quizzes/q.json", BANK);
        TestSite.Result built = site.build();
        assertThat(built.exitCode()).as(built.stderr()).isZero();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.read(path + "index.html"));
    }

    @Test
    void theLessonsToggleNamesItsCourseAndLessonAndIsHidden() throws IOException {
        Element toggle = page("lessons/c/two/").selectFirst("button[data-lesson-done]");

        assertThat(toggle.attr("data-course")).isEqualTo("c");
        assertThat(toggle.attr("data-lesson")).isEqualTo("two");
        assertThat(toggle.attr("aria-pressed")).isEqualTo("false");
        assertThat(toggle.parent().hasAttr("hidden")).isTrue();
    }

    @Test
    void outlineAndSyllabusLinksNameTheirLesson() throws IOException {
        assertThat(page("lessons/c/two/").select(".outline a[data-lesson]").eachAttr("data-lesson"))
                .containsExactly("one", "two");
        assertThat(page("series/cat/c/").select(".syllabus a[data-course=c]").eachAttr("data-lesson"))
                .containsExactly("one", "two");
    }

    @Test
    void courseCardAndCoursePageCarryAHiddenCountOfItsLessonsAndItsQuiz() throws IOException {
        for (Document doc : new Document[] {page(""), page("series/cat/c/"), page("en/series/cat/c/")}) {
            Element line = doc.selectFirst(".course-progress");
            assertThat(line.hasAttr("hidden")).isTrue();
            assertThat(line.attr("data-course")).isEqualTo("c");
            assertThat(line.attr("data-quiz")).isEqualTo("q");
            assertThat(line.selectFirst("[data-course-progress]").attr("data-total")).isEqualTo("2");
        }
    }

    @Test
    void homesContinueLinkAndProgressPanelAreHidden() throws IOException {
        Document home = page("");

        assertThat(home.selectFirst("[data-progress-continue]").parent().hasAttr("hidden")).isTrue();
        assertThat(home.selectFirst("[data-progress-panel]").hasAttr("hidden")).isTrue();
    }

    @Test
    void theScriptLoadsWhereProgressShowsAndNotOnTheQuizPage() throws IOException {
        for (String path : new String[] {"", "series/", "series/cat/c/", "lessons/c/one/", "en/lessons/c/one/"}) {
            assertThat(page(path).select("script[src$=progress.js]")).as(path).hasSize(1);
        }
        assertThat(page("luyen-thi/q/").select("script[src$=progress.js]")).isEmpty();
    }
}
