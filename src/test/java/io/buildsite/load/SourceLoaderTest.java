package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
import io.buildsite.model.StaticFile;
import io.buildsite.model.Tag;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The load stage on small site roots made in the test. */
class SourceLoaderTest {
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private TestSite site() {
        return TestSite.in(dir);
    }

    private SiteSource load() throws Exception {
        return new SourceLoader(dir, diagnostics).load(null);
    }

    private List<String> reported() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsACourseItsLessonsAndTheirTranslation() throws Exception {
        site().course("c", "title: C")
                .lesson("c", "01-bai-1-x.md", "title: Một", "Nội dung")
                .lesson("c", "01-bai-1-x.en.md", "title: One", "Body");

        SiteSource source = load();

        assertThat(reported()).isEmpty();
        assertThat(source.courses()).extracting(Course::slug, Course::categoryDir, Course::lang)
                .containsExactly(tuple("c", "cat", "vi"));
        assertThat(source.lessons()).extracting(Lesson::title, Lesson::lang, Lesson::fileStem, Lesson::slug)
                .containsExactlyInAnyOrder(
                        tuple("Một", "vi", "01-bai-1-x", "01-bai-1-x"),
                        tuple("One", "en", "01-bai-1-x", "01-bai-1-x"));
    }

    @Test
    void lessonBodyKnowsItsFirstFileLine() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A\nslug: a", "Body");

        Lesson lesson = load().lessons().get(0);

        assertThat(lesson.source().path()).isEqualTo(LESSONS + "01-a.md");
        assertThat(lesson.source().bodyLine()).isEqualTo(5);
        assertThat(lesson.body().text()).isEqualTo("Body");
    }

    @Test
    void aBuildHashesOnlyTheOriginalsOfTranslations() throws Exception {
        site().course("c", "title: C")
                .lesson("c", "01-a.md", "title: A", "a")
                .lesson("c", "01-a.en.md", "title: A en", "a en")
                .lesson("c", "02-b.md", "title: B", "b");

        List<Lesson> lessons = load().lessons();

        assertThat(lessons).filteredOn(l -> l.source().path().endsWith("01-a.md"))
                .singleElement().extracting(l -> l.source().contentHash()).asString().hasSize(12);
        assertThat(lessons).filteredOn(l -> !l.source().path().endsWith("01-a.md"))
                .extracting(l -> l.source().contentHash()).containsOnlyNulls();
    }

    @Test
    void theTranslationsReportGetsEveryFilesHash() throws Exception {
        site().course("c", "title: C").lesson("c", "02-b.md", "title: B", "b");

        SiteSource source = new SourceLoader(dir, diagnostics).hashingEveryFile().load(null);

        assertThat(source.lessons()).singleElement().extracting(l -> l.source().contentHash()).isNotNull();
        assertThat(source.courses()).singleElement().extracting(c -> c.source().contentHash()).isNotNull();
    }

    @Test
    void aBodyAfterAFrontMatterInAnyScriptIsReadExactly() throws Exception {
        site().course("c", "title: C")
                .lesson("c", "01-a.md", "title: \"Đăng ký 🚀 Ω\"\nslug: a", "Nội dung 🚀 một\nhai")
                .bytes(LESSONS + "02-b.md", "\uFEFF---\r\ntitle: Bài 𝐁\r\nslug: b\r\n---\r\nDòng một\r\n𝐁 hai\r\n"
                        .getBytes(StandardCharsets.UTF_8));

        List<Lesson> lessons = load().lessons().stream().sorted(java.util.Comparator.comparing(Lesson::slug)).toList();

        assertThat(reported()).isEmpty();
        assertThat(lessons).extracting(l -> l.body().text())
                .containsExactly("Nội dung 🚀 một\nhai", "Dòng một\n𝐁 hai\n");
        assertThat(lessons).extracting(Lesson::title).containsExactly("Đăng ký 🚀 Ω", "Bài 𝐁");
    }

    @Test
    void courseIndexThatIsYamlOnlyIsReadWhole() throws Exception {
        site().file("content/series/cat/cka/index.md",
                "---\ntitle: CKA\nsections:\n  - title: P1\n    lessons:\n      - slug: 01-x\n");

        SiteSource source = load();

        assertThat(reported()).isEmpty();
        assertThat(source.courses()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("CKA");
            assertThat(c.sections()).singleElement().satisfies(s -> assertThat(s.lessons()).singleElement()
                    .satisfies(l -> assertThat(l.ref()).isEqualTo("01-x")));
        });
    }

    @Test
    void invalidUtf8IsAnErrorAtItsPositionInTheFile() throws Exception {
        byte[] head = "---\ntitle: A\nxin ch".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        site().course("c", "title: C").bytes(LESSONS + "01-a.md", bytes);

        SiteSource source = load();

        assertThat(source.lessons()).isEmpty();
        assertThat(reported()).containsExactly(LESSONS + "01-a.md:3:7: error: file is not valid UTF-8 (byte 0xFF)");
    }

    @Test
    void yamlErrorIsReportedAtTheFileLine() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A\nslug: a: b", "Body");

        load();

        assertThat(reported()).singleElement().asString().startsWith(LESSONS + "01-a.md:3:8: error: invalid YAML:");
    }

    @Test
    void lessonWithoutTitleIsAnError() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "slug: a", "Body");

        SiteSource source = load();

        assertThat(source.lessons()).isEmpty();
        assertThat(reported()).containsExactly(LESSONS + "01-a.md:1:1: error: missing 'title': every lesson needs one");
    }

    @Test
    void unsafeLessonSlugIsAnErrorAtItsLine() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A\nslug: ../../etc", "Body");

        load();

        assertThat(reported()).singleElement().asString().startsWith(LESSONS + "01-a.md:3:1: error: lesson slug '../../etc'");
    }

    @Test
    void fieldOfTheWrongTypeIsAnErrorAtItsKey() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A\nduration_minutes: lâu", "Body");

        Lesson lesson = load().lessons().get(0);

        assertThat(lesson.durationMinutes()).isNull();
        assertThat(reported()).containsExactly(
                LESSONS + "01-a.md:3:1: error: 'duration_minutes' must be a whole number, not 'lâu'");
    }

    @Test
    void markdownOutsideTheLayoutIsIgnoredWithAWarning() throws Exception {
        site().file("content/notes.md", "---\ntitle: x\n---\n");

        SiteSource source = load();

        assertThat(source.courses()).isEmpty();
        assertThat(source.lessons()).isEmpty();
        assertThat(reported()).singleElement().asString().startsWith("content/notes.md:1:1: warning: not a course, lesson or blog post");
    }

    @Test
    void mediaFilesOfContentAndEveryFileOfStaticArePublished() throws Exception {
        site().file("content/images/a.png", "png").file("content/images/b.JPG", "jpg")
                .file("content/audio/a.mp3", "mp3").file("content/video/a.webm", "webm")
                .file("content/docs/a.pdf", "pdf").file("static/downloads/notes.txt", "x");

        assertThat(load().staticFiles()).extracting(StaticFile::outputPath).containsExactly(
                "audio/a.mp3", "docs/a.pdf", "downloads/notes.txt", "images/a.png", "images/b.JPG", "video/a.webm");
        assertThat(reported()).isEmpty();
    }

    @Test
    void anImageFileOverOneMegabyteIsWarnedAtTheFile() throws Exception {
        site().bytes("content/images/big.png", new byte[1_200_000]).bytes("static/hero.jpg", new byte[1_000_001])
                .bytes("content/images/d.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>"
                        + "x".repeat(1_500_000) + "</desc></svg>").getBytes(StandardCharsets.UTF_8));

        load();

        assertThat(reported()).containsExactly(
                "content/images/big.png:1:1: warning: image of 1.2 MB, over 1 MB: every page that shows it waits for it; "
                        + "scale it down or compress it",
                "content/images/d.svg:1:1: warning: image of 1.6 MB, over 1 MB: every page that shows it waits for it; "
                        + "scale it down or compress it",
                "static/hero.jpg:1:1: warning: image of 1.1 MB, over 1 MB: every page that shows it waits for it; "
                        + "scale it down or compress it");
    }

    @Test
    void anImageOfOneMegabyteAndLargerFilesOfOtherKindsAreNotWarned() throws Exception {
        site().bytes("content/images/a.png", new byte[1_000_000]).bytes("content/video/a.mp4", new byte[2_000_000])
                .bytes("static/data.bin", new byte[2_000_000]);

        load();

        assertThat(reported()).isEmpty();
    }

    @Test
    void otherFilesOfContentAreNotPublishedAndWarned() throws Exception {
        site().file("content/index.html", "<h1>x</h1>").file("content/js/x.js", "alert(1)")
                .file("content/images/a.png", "png");

        assertThat(load().staticFiles()).extracting(StaticFile::outputPath).containsExactly("images/a.png");
        assertThat(reported()).containsExactly(
                "content/index.html:1:1: warning: not published: content/ publishes images, audio, video and PDF only; "
                        + "put other files in static/",
                "content/js/x.js:1:1: warning: not published: content/ publishes images, audio, video and PDF only; "
                        + "put other files in static/");
    }

    @Test
    void aTagIsSluggedFromItsNameUnlessItGivesASlugAndKnowsItsLine() throws Exception {
        site().file("content/blog/news/post.md", "---\ntitle: P\ntags:\n  - Chứng chỉ\n  - name: Đăng ký\n    slug: ' '\n"
                + "  - name: Cert\n    slug: certification\n---\n");

        assertThat(load().posts().get(0).tags()).containsExactly(
                new Tag("Chứng chỉ", "chung-chi", 4), new Tag("Đăng ký", "dang-ky", 5), new Tag("Cert", "certification", 8));
        assertThat(reported()).isEmpty();
    }

    @Test
    void aQuizBankTagIsSluggedFromItsName() throws Exception {
        site().file("data/quizzes/q.json", "{\"title\": \"Q\",\n\"tags\": [\"Linux Foundation\",\n \"+++\"],\n"
                + "\"questions\": [{\"id\": 1, \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 0}]}\n");

        assertThat(load().quizzes().get(0).tags()).containsExactly(new Tag("Linux Foundation", "linux-foundation", 2));
        assertThat(reported()).containsExactly(
                "data/quizzes/q.json:3:1: error: tag '+++' makes no slug of letters or digits: give it a 'slug'");
    }

    @Test
    void hiddenFilesAreSkipped() throws Exception {
        site().file("content/images/.DS_Store", "x").file("content/.drafts/a.md", "---\ntitle: x\n---\n");

        SiteSource source = load();

        assertThat(source.staticFiles()).isEmpty();
        assertThat(reported()).isEmpty();
    }

    @Test
    void quizBankProblemsAreReportedAtTheBanksPath() throws Exception {
        site().file("data/quizzes/git.json", "{\n\"title\": \"Git\",\n\"questions\": [}\n");

        SiteSource source = load();

        assertThat(source.quizzes()).isEmpty();
        assertThat(reported()).singleElement().asString().startsWith("data/quizzes/git.json:3:");
    }

    @Test
    void quizBankTranslationIsInItsLanguage() throws Exception {
        String bank = "{\"title\": \"Git\", \"questions\": [{\"id\": 1, \"question\": \"Q?\", \"options\": [\"a\", \"b\"], \"correct\": 0}]}";
        site().file("data/quizzes/git.json", bank).file("data/quizzes/git.en.json", bank);

        assertThat(load().quizzes()).extracting(QuizBank::slug, QuizBank::lang).containsExactlyInAnyOrder(
                tuple("git", "vi"), tuple("git", "en"));
    }

    @Test
    void siteYamlSettingsAreRead() throws Exception {
        site().file("site.yaml", "title: Ôn thi\nbase_url: https://example.github.io/repo\nasset_base: https://cdn.example.com/\n")
                .file("content/.keep", "");

        SiteSource source = load();

        assertThat(source.config().title()).isEqualTo("Ôn thi");
        assertThat(source.config().baseUrl()).isEqualTo("https://example.github.io/repo/");
        assertThat(source.config().basePath()).isEqualTo("/repo/");
        assertThat(source.config().assetBase()).isEqualTo("https://cdn.example.com");
        assertThat(source.config().languages()).containsExactly("vi", "en");
        assertThat(source.config().defaultLanguage()).isEqualTo("vi");
    }

    @Test
    void baseUrlGivenOnTheCommandLineWins() throws Exception {
        site().file("site.yaml", "base_url: https://a.example/\n").file("content/.keep", "");

        SiteSource source = new SourceLoader(dir, diagnostics).load("https://b.example/x/");

        assertThat(source.config().baseUrl()).isEqualTo("https://b.example/x/");
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheSourceIsNotFollowed(@TempDir Path outside) throws Exception {
        java.nio.file.Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret\n");
        site().course("c", "title: C");
        java.nio.file.Files.createDirectories(dir.resolve(LESSONS));
        java.nio.file.Files.createSymbolicLink(dir.resolve(LESSONS + "01-link.md"), outside.resolve("secret.md"));

        SiteSource source = load();

        assertThat(source.lessons()).isEmpty();
        assertThat(reported()).containsExactly(LESSONS + "01-link.md:1:1: warning: "
                + "symbolic link leads outside the source folder: not followed");
    }

    @Test
    void aSymbolicLinkInsideTheSourceIsFollowed() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A", "a");
        java.nio.file.Files.createDirectories(dir.resolve("content/blog/x"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/blog/x/p.md"), dir.resolve(LESSONS + "01-a.md"));

        assertThat(load().posts()).extracting(io.buildsite.model.BlogPost::title).containsExactly("A");
        assertThat(reported()).isEmpty();
    }

    private SiteSource withLessonDraft(String value) throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A\ndraft: " + value, "a");
        return load();
    }

    @Test
    void aLessonCourseAndPostReadTheirDraftFlag() throws Exception {
        site().course("c", "title: C\ndraft: true")
                .lesson("c", "01-a.md", "title: A\ndraft: true", "a")
                .file("content/blog/cat/p.md", "---\ntitle: P\ndraft: true\n---\np");

        SiteSource site = load();

        assertThat(reported()).isEmpty();
        assertThat(site.courses()).extracting(Course::draft).containsExactly(true);
        assertThat(site.lessons()).extracting(Lesson::draft).containsExactly(true);
        assertThat(site.posts()).extracting(BlogPost::draft).containsExactly(true);
    }

    @Test
    void withoutTheFieldNothingIsADraft() throws Exception {
        site().course("c", "title: C").lesson("c", "01-a.md", "title: A", "a");

        assertThat(load().lessons()).extracting(Lesson::draft).containsExactly(false);
    }

    @Test
    void falseIsNoDraft() throws Exception {
        assertThat(withLessonDraft("false").lessons()).extracting(Lesson::draft).containsExactly(false);
        assertThat(reported()).isEmpty();
    }

    @Test
    void yesIsReportedAtItsLine() throws Exception {
        withLessonDraft("yes");

        assertThat(reported()).containsExactly(LESSONS + "01-a.md:3:1: error: 'draft' must be true or false, not 'yes'");
    }

    @Test
    void quotedTrueIsReportedAsText() throws Exception {
        withLessonDraft("\"true\"");

        assertThat(reported()).containsExactly(LESSONS + "01-a.md:3:1: error: 'draft' must be true or false, not the text 'true'");
    }

    @Test
    void oneIsReported() throws Exception {
        withLessonDraft("1");

        assertThat(reported()).containsExactly(LESSONS + "01-a.md:3:1: error: 'draft' must be true or false, not '1'");
    }

    @Test
    void aCommentAfterTheValueIsNoPartOfIt() throws Exception {
        assertThat(withLessonDraft("true  # until the review").lessons()).extracting(Lesson::draft).containsExactly(true);
        assertThat(reported()).isEmpty();
    }
}
