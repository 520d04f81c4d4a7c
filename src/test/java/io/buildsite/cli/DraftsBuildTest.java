package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draft: true}: left out of {@code build} and {@code check}, unless {@code --drafts}, which marks its pages. */
class DraftsBuildTest {
    private static final String COURSE = """
            title: Khóa C
            sections:
              - title: Phần 1
                lessons:
                  - slug: a
                  - slug: b
                    title: Bài B sắp viết""";
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void aSiteWithDrafts() throws IOException {
        site = TestSite.in(dir)
                .file("site.yaml", "title: T\nlanguages: [vi, en]\nbase_url: https://example.org/\n")
                .course("c", COURSE)
                .lesson("c", "01-a.md", "title: Bài A\nslug: a", "Xem [bài B](/lessons/c/b/).\n")
                .lesson("c", "02-b.md", "title: Nháp Bê\nslug: b\ndraft: true", "Chữ riêngcủanháp.\n")
                .lesson("c", "02-b.en.md", "title: Draft Bee\nslug: b", "Words ownedbythedraft.\n")
                .file("content/blog/news/p.md", "---\ntitle: Tin P\npublished_at: 2026-04-13\ntags: [Git]\n---\nP\n")
                .file("content/blog/news/q.md", "---\ntitle: Tin nháp Q\npublished_at: 2026-04-14\ndraft: true\n"
                        + "tags: [Riêngnháp]\n---\nQ\n")
                .course("d", "title: Khóa nháp D\ndraft: true")
                .file("content/series/cat/d/chapters/01-a/lessons/01-x.md", "---\ntitle: Bài X của D\n---\nX\n")
                .file("data/quizzes/qd.json", "{\"title\": \"Đề nháp D\", \"series_slug\": \"d\", \"questions\": "
                        + "[{\"question\": \"Q?\", \"options\": [\"a\", \"b\"], \"correct\": 0}]}");
    }

    private TestSite.Result build(String... args) {
        TestSite.Result result = site.build(args);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return result;
    }

    /** Every file of the output, as text. */
    private String everything() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(site.output().relativize(file)).append('\n')
                        .append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void aBuildLeavesEveryDraftOutOfEveryPageListSearchSitemapAndFeed() throws IOException {
        build();

        assertThat(everything()).doesNotContain("Nháp Bê", "riêngcủanháp", "Draft Bee", "ownedbythedraft", "Tin nháp Q",
                "Riêngnháp", "Khóa nháp D", "Bài X của D", "Đề nháp D");
        assertThat(site.output().resolve("lessons/c/b")).doesNotExist();
        assertThat(site.output().resolve("blog/q")).doesNotExist();
        assertThat(site.output().resolve("series/cat/d")).doesNotExist();
        assertThat(site.output().resolve("luyen-thi/qd")).doesNotExist();
    }

    @Test
    void aDraftLessonListedInTheCourseIndexShowsAsComingSoon() throws IOException {
        build();

        assertThat(site.read("series/cat/c/index.html")).contains("<span class=\"lesson-item-title\">Bài B sắp viết</span> "
                + "<span class=\"badge\" lang=\"vi\">Sắp ra mắt</span>");
    }

    @Test
    void aLinkToADraftIsAWarningNotABrokenLink() {
        TestSite.Result result = build();

        assertThat(result.diagnostics()).containsExactly(LESSONS + "01-a.md:5:1: warning: link to a draft: "
                + "/lessons/c/b/ is left out of this build (build --drafts includes it)");
    }

    @Test
    void checkFollowsBuild() {
        TestSite.Result result = TestSite.run("check", "--quiet", "--source", dir.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).containsExactly(LESSONS + "01-a.md:5:1: warning: link to a draft: "
                + "/lessons/c/b/ is left out of this build (build --drafts includes it)");
    }

    @Test
    void checkWithDraftsChecksThemToo() {
        TestSite.Result result = TestSite.run("check", "--quiet", "--drafts", "--source", dir.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void buildWithDraftsPublishesThemEachMarkedAsADraft() throws IOException {
        TestSite.Result result = build("--drafts");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(site.read("lessons/c/b/index.html")).contains("<meta name=\"robots\" content=\"noindex\">",
                "<p class=\"notice-draft\" role=\"note\"><span class=\"badge\">Bản nháp</span> "
                        + "Trang này là bản nháp, chưa được xuất bản.</p>");
        assertThat(site.read("en/lessons/c/b/index.html")).contains("<p class=\"notice-draft\" role=\"note\">"
                + "<span class=\"badge\">Draft</span> This page is a draft, not yet published.</p>");
        assertThat(site.read("series/cat/c/index.html")).contains("data-lesson=\"b\">Nháp Bê</a> "
                + "<span class=\"badge\" lang=\"vi\">Bản nháp</span>");
        assertThat(List.of("blog/q/index.html", "series/cat/d/index.html", "lessons/d/01-x/index.html",
                "luyen-thi/qd/index.html")).allSatisfy(page -> assertThat(site.read(page)).contains("notice-draft"));
        assertThat(site.read("lessons/c/a/index.html")).doesNotContain("notice-draft").contains("data-lesson=\"b\">"
                + "Nháp Bê</a> <span class=\"badge\" lang=\"vi\">Bản nháp</span>");
        // Published, yet not to be indexed: a draft is no page the sitemap offers.
        assertThat(site.read("sitemap.xml")).doesNotContain("/lessons/c/b/");
    }

    @Test
    void aQuizNamingADraftLessonShowsItUnlinkedWithoutAWarning() throws IOException {
        site.lesson("c", "03-e.md", "title: Bài E\nslug: e\ndraft: true", "E\n")
                .file("data/quizzes/qc.json", "{\"title\": \"Đề C\", \"series_slug\": \"c\", \"domains\": [{\"name\": "
                        + "\"Miền\", \"weight\": 100, \"lessons\": [{\"slug\": \"e\", \"title\": \"Bài E sắp có\"}]}], "
                        + "\"questions\": [{\"domain\": \"Miền\", \"question\": \"Q?\", \"options\": [\"a\", \"b\"], "
                        + "\"correct\": 0}]}");

        TestSite.Result result = build();

        assertThat(result.diagnostics()).noneMatch(d -> d.contains("qc.json"));
        assertThat(site.read("luyen-thi/qc/index.html")).doesNotContain("lessons/c/e/");
    }

    @Test
    void aDraftTranslationOfAPublishedLessonLeavesTheOriginalUntranslated() throws IOException {
        site.lesson("c", "01-a.en.md", "title: Lesson A in progress\nslug: a\ndraft: true", "A\n");

        build();

        assertThat(site.read("en/lessons/c/a/index.html")).contains("notice-untranslated").contains("Bài A")
                .doesNotContain("Lesson A in progress");
    }

    @Test
    void buildWithDraftsIsNotUpToDateWithABuildWithout() throws IOException {
        build();

        TestSite.Result again = build("--drafts");

        assertThat(again.stderr()).doesNotContain("up to date");
        assertThat(site.output().resolve("lessons/c/b/index.html")).exists();
    }
}
