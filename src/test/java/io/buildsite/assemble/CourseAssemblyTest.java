package io.buildsite.assemble;

import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** How a course and its lessons become pages, through the real build on a tiny site. */
class CourseAssemblyTest {
    private static final String INDEX = "content/series/cat/c/index.md";
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";

    /** Line 8 lists a lesson that has no file. */
    private static final String COURSE = """
            title: Khóa C
            sections:
              - title: Phần 1
                lessons:
                  - slug: bai-1-x
                    title: Bài 1 theo mục lục
                  - slug: bai-2-chua-viet
                    title: Bài hai chưa viết
              - title: Phần 2
                lessons:
                  - slug: ba""";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void aCourseWithThreeWrittenLessons() throws Exception {
        site = TestSite.in(dir)
                .course("c", COURSE)
                .lesson("c", "01-bai-1-x.md", "title: Bài một\nslug: lesson-one", "Nội dung một.\n")
                .lesson("c", "01-bai-1-x.en.md", "title: Lesson one", "Lesson one body.\n")
                .lesson("c", "03-ba.md", "title: Bài ba", "Nội dung ba.\n")
                .lesson("c", "04-them.md", "title: Bài thêm", "Nội dung thêm.\n");
    }

    private TestSite.Result build() {
        TestSite.Result result = site.build();
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(site.read(path));
    }

    @Test
    void lessonListedButNotWrittenIsAWarningAtItsIndexLine() {
        assertThat(build().diagnostics()).contains(
                INDEX + ":8:1: warning: lesson 'bai-2-chua-viet' is listed but has no file: shown as coming soon");
    }

    @Test
    void lessonListedButNotWrittenShowsAsComingSoonWithoutALink() throws Exception {
        build();

        Element item = page("series/cat/c/index.html").select("li.lesson-item")
                .stream().filter(li -> li.text().contains("Bài hai chưa viết")).findFirst().orElseThrow();
        assertThat(item.hasClass("is-unavailable")).isTrue();
        assertThat(item.select("a")).isEmpty();
        assertThat(item.select(".badge").text()).isEqualTo("Sắp ra mắt");
    }

    @Test
    void lessonNotListedInTheIndexIsAWarning() {
        assertThat(build().diagnostics()).contains(LESSONS + "04-them.md:1:1: warning: lesson is not listed in the "
                + "course index " + INDEX + ": placed after the listed lessons");
    }

    @Test
    void lessonNotListedInTheIndexIsPlacedAfterTheListedOnes() throws Exception {
        build();

        assertThat(page("series/cat/c/index.html").select("li.lesson-item .lesson-item-title").eachText())
                .containsExactly("Bài một", "Bài hai chưa viết", "Bài ba", "Bài thêm");
    }

    @Test
    void indexNameResolvesTheFileWhoseStemWithoutNumberMatches() throws Exception {
        TestSite.Result result = build();

        assertThat(result.diagnostics()).noneMatch(d -> d.contains("'bai-1-x'"));
        Element link = page("series/cat/c/index.html").selectFirst("a.lesson-item-title");
        assertThat(link.attr("href")).isEqualTo("../../../lessons/c/lesson-one/");
        assertThat(Files.exists(site.output().resolve("lessons/c/lesson-one/index.html"))).isTrue();
    }

    @Test
    void lessonFileIsTheTruthForItsOwnTitle() throws Exception {
        build();

        assertThat(page("lessons/c/lesson-one/index.html").selectFirst("h1").text()).isEqualTo("Bài một");
    }

    @Test
    void untranslatedLessonHasAnEnglishPageShowingTheOriginalMarkedAsVietnamese() throws Exception {
        build();

        Document en = page("en/lessons/c/03-ba/index.html");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("p.notice-untranslated")).hasSize(1);
        assertThat(en.selectFirst("div.page-content").attr("lang")).isEqualTo("vi");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Bài ba");
        assertThat(en.selectFirst("article.prose").text()).isEqualTo("Nội dung ba.");
    }

    @Test
    void translatedLessonShowsItsEnglishVersion() throws Exception {
        build();

        Document en = page("en/lessons/c/lesson-one/index.html");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Lesson one");
        assertThat(en.selectFirst("article.prose").text()).isEqualTo("Lesson one body.");
        assertThat(en.select("p.notice-untranslated")).isEmpty();
        assertThat(en.selectFirst("div.page-content").hasAttr("lang")).isFalse();
    }

    @Test
    void englishCourseOutlineUsesTheEnglishTitleOfATranslatedLesson() throws Exception {
        build();

        assertThat(page("en/series/cat/c/index.html").select("li.lesson-item .lesson-item-title").eachText())
                .startsWith("Lesson one");
    }

    @Test
    void nextLessonCrossesIntoTheNextSectionSkippingLessonsNotWritten() throws Exception {
        build();

        Document first = page("lessons/c/lesson-one/index.html");
        assertThat(first.select("a.pager-prev")).isEmpty();
        assertThat(first.selectFirst("a.pager-next").attr("href")).isEqualTo("../../../lessons/c/03-ba/");
    }

    @Test
    void lessonNumbersCountOnAcrossSectionsInTheSyllabusAndTheOutline() throws Exception {
        build();

        assertThat(page("series/cat/c/index.html").select("ol.lesson-list")).extracting(ol -> ol.attr("start"))
                .containsExactly("", "3", "4");
        assertThat(page("lessons/c/03-ba/index.html").select(".outline-section ol")).extracting(ol -> ol.attr("start"))
                .containsExactly("", "3", "4");
    }

    @Test
    void aCourseCountsItsWrittenLessonsApartFromThoseComingSoon() throws Exception {
        build();

        assertThat(page("series/index.html").selectFirst(".course-card .meta").text()).contains("3 bài học · 1 bài sắp ra mắt");
        assertThat(page("series/cat/c/index.html").selectFirst(".facts").text()).contains("3 bài học · 1 bài sắp ra mắt");
        assertThat(page("series/cat/c/index.html").selectFirst("[data-course-progress]").attr("data-total")).isEqualTo("3");
    }

    @Test
    void previousLessonCrossesBackIntoThePreviousSection() throws Exception {
        build();

        Document third = page("lessons/c/03-ba/index.html");
        assertThat(third.selectFirst("a.pager-prev").attr("href")).isEqualTo("../../../lessons/c/lesson-one/");
        assertThat(third.selectFirst("a.pager-next").attr("href")).isEqualTo("../../../lessons/c/04-them/");
    }

    @Test
    void lastLessonHasNoNext() throws Exception {
        build();

        assertThat(page("lessons/c/04-them/index.html").select("a.pager-next")).isEmpty();
    }

    @Test
    void internalLinkInABodyIsRelativeToTheBuiltPage() throws Exception {
        site.lesson("c", "03-ba.md", "title: Bài ba", "Xem <a href=\"/lessons/c/lesson-one/\">bài một</a>.\n");
        build();

        assertThat(page("lessons/c/03-ba/index.html").selectFirst("article.prose a").attr("href"))
                .isEqualTo("../../../lessons/c/lesson-one/");
        assertThat(page("en/lessons/c/03-ba/index.html").selectFirst("article.prose a").attr("href"))
                .isEqualTo("../../../lessons/c/lesson-one/");
    }

    @Test
    void brokenInternalLinkIsAnErrorAndNothingIsWritten() throws Exception {
        site.lesson("c", "03-ba.md", "title: Bài ba", "Một.\n\nXem <a href=\"/lessons/c/khong-co/\">x</a>.\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.diagnostics()).contains(
                LESSONS + "03-ba.md:6:1: error: broken link: /lessons/c/khong-co/ is not a page of this site");
        assertThat(Files.exists(site.output())).isFalse();
    }

    @Test
    void linkToAnAnchorOfTheHomePageIsNotCheckedAgainstTheLinkingPage() throws Exception {
        site.lesson("c", "03-ba.md", "title: Bài ba", "Về <a href=\"/#main\">trang chủ</a>.\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).noneMatch(d -> d.contains("broken link"));
    }

    @Test
    void nameThatFitsTwoLessonsIsAnError() throws Exception {
        site.lesson("c", "05-ba.md", "title: Bài ba khác", "Khác.\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.diagnostics()).anyMatch(d -> d.startsWith(INDEX + ":")
                && d.endsWith("error: lesson name 'ba' is ambiguous: it names " + LESSONS + "03-ba.md, " + LESSONS + "05-ba.md"));
    }

    @Test
    void eachIndexEntryIsReportedAtItsOwnLine() throws Exception {
        TestSite other = TestSite.in(dir.resolve("other")).file("site.yaml", "title: T\n")
                .course("k", "title: K\nsections:\n  - title: P\n    lessons:\n      - slug: bai-10\n      - slug: bai-1");

        TestSite.Result result = other.build("--base-url", "https://example.org/");

        assertThat(result.diagnostics()).containsExactly(
                "content/series/cat/k/index.md:6:1: warning: lesson 'bai-10' is listed but has no file: shown as coming soon",
                "content/series/cat/k/index.md:7:1: warning: lesson 'bai-1' is listed but has no file: shown as coming soon");
    }

    @Test
    void courseWithoutSectionsGroupsLessonsBySectionTitleInFileOrder() throws Exception {
        TestSite other = TestSite.in(dir.resolve("other"))
                .course("k", "title: K")
                .lesson("k", "02-b.md", "title: B\nsection_title: S1", "b\n")
                .lesson("k", "01-a.md", "title: A\nsection_title: S1", "a\n")
                .lesson("k", "03-c.md", "title: C\nsection_title: S2", "c\n");

        TestSite.Result result = other.build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Document course = Jsoup.parse(other.read("series/cat/k/index.html"));
        assertThat(course.select(".syllabus-section-title").eachText()).containsExactly("S1", "S2");
        assertThat(course.select(".lesson-item-title").eachText()).containsExactly("A", "B", "C");
    }

    @Test
    void withoutSectionsChapterFolderDecidesFirstThenSortOrderThenFileName() throws Exception {
        TestSite other = TestSite.in(dir.resolve("ordered"))
                .course("k", "title: K")
                .file("content/series/cat/k/chapters/02-later/lessons/01-z.md", "---\ntitle: Z\nsort_order: 1\n---\nz\n")
                .file("content/series/cat/k/chapters/01-first/lessons/01-b.md", "---\ntitle: B\nsort_order: 2\n---\nb\n")
                .file("content/series/cat/k/chapters/01-first/lessons/02-a.md", "---\ntitle: A\nsort_order: 1\n---\na\n")
                .file("content/series/cat/k/chapters/01-first/lessons/03-d.md", "---\ntitle: D\nsort_order: 2\n---\nd\n");

        TestSite.Result result = other.build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Document course = Jsoup.parse(other.read("series/cat/k/index.html"));
        assertThat(course.select(".lesson-item-title").eachText()).containsExactly("A", "B", "D", "Z");
    }

    @Test
    void aLinkToATagPageIsAPageOfTheSite() throws Exception {
        TestSite other = TestSite.in(dir.resolve("tagged")).file("site.yaml", "title: T\n")
                .course("k", "title: K\ntags:\n  - {name: Kubernetes, slug: kubernetes}")
                .lesson("k", "01-a.md", "title: A", "<p><a href=\"/tags/kubernetes/\">all</a></p>\n");

        TestSite.Result result = other.build("--base-url", "https://example.org/");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).isEmpty();
    }
}
