package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code build-site new}: new authors start from files that build without a warning. */
class NewCommandTest {
    private static final String COURSE = "content/series/luyen-thi/luyen-thi-docker/";

    @TempDir
    Path dir;

    private TestSite.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--source";
        all[args.length + 1] = dir.toString();
        return TestSite.run(all);
    }

    private void assertChecksCleanly() {
        TestSite.Result check = TestSite.run("check", "--strict", "--quiet", "--source", dir.toString());
        assertThat(check.exitCode()).as(check.stderr()).isZero();
    }

    @Test
    void aNewCourseWithItsFirstLessonBuildsWithoutWarnings() throws IOException {
        Files.createDirectories(dir.resolve("content"));

        TestSite.Result result = run("new", "course", "--title", "Luyện thi Docker");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(dir.resolve(COURSE + "index.md")).isRegularFile();
        assertThat(dir.resolve(COURSE + "chapters/01-phan-1-bat-dau/lessons/01-bai-1-gioi-thieu.md")).isRegularFile();
        assertChecksCleanly();
    }

    @Test
    void aLanguageTheSiteDoesNotHaveIsAUsageErrorNamingTheSitesLanguages() throws IOException {
        Files.createDirectories(dir.resolve("content"));

        TestSite.Result result = run("new", "course", "--title", "Cours", "--lang", "fr");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr().strip()).isEqualTo("build-site: --lang fr: new text can be written in vi or en "
                + "(this site's languages that build-site has text for)");
        assertThat(dir.resolve("content/series")).doesNotExist();
    }

    @Test
    void aNewLessonTakesTheNextNumberAndIsListedInTheIndex() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        run("new", "course", "--title", "Luyện thi Docker");

        TestSite.Result result = run("new", "lesson", "--course", "luyen-thi-docker", "--title", "Bài 2: Image và container");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(dir.resolve(COURSE + "chapters/01-phan-1-bat-dau/lessons/02-bai-2-image-va-container.md")).isRegularFile();
        assertThat(Files.readString(dir.resolve(COURSE + "index.md")))
                .contains("      - slug: bai-2-image-va-container\n        title: \"Bài 2: Image và container\"");
        assertChecksCleanly();
    }

    @Test
    void aLessonInEnglishStartsFromEnglishText() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        run("new", "course", "--title", "Docker prep", "--lang", "en");

        assertThat(Files.readString(dir.resolve("content/series/luyen-thi/docker-prep/chapters/01-part-1-getting-started/lessons/"
                + "01-bai-1-introduction.md"))).contains("Practice question").doesNotContain("Câu hỏi");
    }

    @Test
    void aNewQuizBankUsesTheCourseSectionsAsDomainsAndIsLinkedFromTheCourse() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        run("new", "course", "--title", "Luyện thi Docker");

        TestSite.Result result = run("new", "quiz", "--course", "luyen-thi-docker");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("data/quizzes/luyen-thi-docker.json")))
                .contains("\"name\" : \"Phần 1: Bắt đầu\"").contains("\"weight\" : 100");
        assertThat(Files.readString(dir.resolve(COURSE + "index.md"))).contains("quiz_slug: luyen-thi-docker");
        assertChecksCleanly();
    }

    @Test
    void aQuizSlugThatWouldNameATranslationIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        run("new", "course", "--title", "Luyện thi Docker");

        TestSite.Result result = run("new", "quiz", "--course", "luyen-thi-docker", "--slug", "docker.en");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr().strip()).isEqualTo("build-site: --slug 'docker.en' would name a translation "
                + "(data/quizzes/docker.en.json): choose another");
        assertThat(dir.resolve("data/quizzes")).doesNotExist();
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        run("new", "course", "--title", "Luyện thi Docker");
        Files.writeString(dir.resolve(COURSE + "index.md"), "mine");

        TestSite.Result again = run("new", "course", "--title", "Luyện thi Docker");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(again.stderr()).contains("already exists");
        assertThat(dir.resolve(COURSE + "index.md")).hasContent("mine");
    }

    @Test
    void aNewPostDatedTodayBuildsAndIsListedOnTheBlog() throws IOException {
        Files.createDirectories(dir.resolve("content"));

        TestSite.Result result = run("new", "post", "Ôn thi Docker trong bốn tuần");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("content/blog/tin-tuc/on-thi-docker-trong-bon-tuan.md")))
                .contains("published_at: '" + LocalDate.now() + "'");
        TestSite.Result build = TestSite.in(dir).build();
        assertThat(build.exitCode()).as(build.stderr()).isZero();
        assertThat(TestSite.in(dir).read("blog/index.html")).contains("href=\"../blog/on-thi-docker-trong-bon-tuan/\"");
        assertChecksCleanly();
    }

    @Test
    void aNewPostRefusesASlugAnotherPostHas() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        run("new", "post", "Docker", "--category", "a");

        TestSite.Result again = run("new", "post", "Docker", "--category", "b");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(again.stderr().strip()).isEqualTo("build-site: content/blog/a/docker.md has the slug 'docker': "
                + "nothing written; give the new post another --slug");
        assertThat(dir.resolve("content/blog/b")).doesNotExist();
    }

    @Test
    void aPostSlugThatWouldNameATranslationIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("content"));

        TestSite.Result result = run("new", "post", "Docker", "--slug", "docker.en");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("content/blog")).doesNotExist();
    }

    @Test
    void anUnknownCourseIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        TestSite.Result result = run("new", "lesson", "--course", "nope", "--title", "X");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("no course with slug 'nope'");
    }
}
