package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Translations record their original's hash; a changed original makes them stale, and check says so. */
class TranslationStatusTest {
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void aSiteWithOneTranslatedAndOneUntranslatedLesson() throws IOException {
        site = TestSite.in(dir).file("site.yaml", "title: T\n")
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: Một\nslug: a", "<p>Nội dung</p>")
                .lesson("c", "02-b.md", "title: Hai\nslug: b", "<p>Chưa dịch</p>");
    }

    private String hashToPaste() {
        TestSite.Result listed = TestSite.run("translations", "--source", dir.toString());
        Matcher m = Pattern.compile("01-a\\.md .*translation_of_hash: (\\w+)").matcher(listed.stdout());
        assertThat(m.find()).as(listed.stdout()).isTrue();
        return m.group(1);
    }

    @Test
    void listsWhatIsNotTranslatedWithTheHashToRecord() {
        TestSite.Result result = TestSite.run("translations", "--source", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).containsPattern("en  missing     " + Pattern.quote(LESSONS) + "01-a\\.md  \\(no translation; "
                + "when you write one, add: translation_of_hash: [0-9a-f]{12}\\)");
        assertThat(result.stdout()).contains("3 missing, 0 stale, 0 without translation_of_hash, 0 current");
    }

    @Test
    void aTranslationWithTheCurrentHashIsCurrent() throws IOException {
        String hash = hashToPaste();
        site.lesson("c", "01-a.en.md", "title: One\nslug: a\ntranslation_of_hash: " + hash, "<p>Content</p>");

        TestSite.Result result = TestSite.run("translations", "--source", dir.toString());

        assertThat(result.stdout()).contains("en  current     " + LESSONS + "01-a.en.md")
                .contains("2 missing, 0 stale, 0 without translation_of_hash, 1 current");
        assertThat(site.build("--strict", "--base-url", "https://example.org/").exitCode()).isZero();
    }

    @Test
    void editingTheOriginalMakesTheTranslationStaleAndCheckWarns() throws IOException {
        String hash = hashToPaste();
        site.lesson("c", "01-a.en.md", "title: One\nslug: a\ntranslation_of_hash: " + hash, "<p>Content</p>");
        site.lesson("c", "01-a.md", "title: Một\nslug: a", "<p>Nội dung đã sửa</p>");

        TestSite.Result check = TestSite.run("check", "--quiet", "--source", dir.toString());

        assertThat(check.exitCode()).isZero();
        assertThat(check.diagnostics()).singleElement().asString()
                .startsWith(LESSONS + "01-a.en.md:1:1: warning: translation is stale: " + LESSONS + "01-a.md changed since "
                        + "it was translated (translation_of_hash is " + hash + ", the original's hash is now ");
        assertThat(TestSite.run("check", "--strict", "--quiet", "--source", dir.toString()).exitCode())
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(TestSite.run("translations", "--source", dir.toString()).stdout())
                .contains("en  stale       " + LESSONS + "01-a.en.md  (" + LESSONS + "01-a.md changed; review it, then set: "
                        + "translation_of_hash: ");
    }

    @Test
    void aTranslationWithoutAHashIsListedButNotWarned() throws IOException {
        site.lesson("c", "01-a.en.md", "title: One\nslug: a", "<p>Content</p>");

        assertThat(TestSite.run("translations", "--source", dir.toString()).stdout())
                .contains("en  unverified  " + LESSONS + "01-a.en.md  (add: translation_of_hash: ");
        assertThat(site.build("--strict", "--base-url", "https://example.org/").exitCode()).isZero();
    }

    @Test
    void aStaleQuizBankTranslationIsNoticedToo() throws IOException {
        String bank = "{\"title\": \"Q\", \"questions\": [{\"id\": 1, \"question\": \"?\", \"options\": [\"a\", \"b\"], \"correct\": 0}]}";
        site.file("data/quizzes/q.json", bank)
                .file("data/quizzes/q.en.json", bank.replace("{\"title\"", "{\"translation_of_hash\": \"000000000000\", \"title\""));

        TestSite.Result check = TestSite.run("check", "--quiet", "--source", dir.toString());

        assertThat(check.diagnostics()).singleElement().asString()
                .startsWith("data/quizzes/q.en.json:1:1: warning: translation is stale: data/quizzes/q.json changed");
    }
}
