package io.buildsite.build;

import io.buildsite.testing.TestImages;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilds in memory for serve: what a saved edit takes, and that the result is what a full build serves. */
class LiveSiteTest {
    private static final String LESSON = "content/series/cat/c/chapters/01-a/lessons/02-b.md";

    @TempDir
    Path root;

    @BeforeEach
    void site() throws IOException {
        TestSite.in(root)
                .file("site.yaml", "title: T\nlanguages: [vi, en]\n")
                .course("c", "title: Khóa C\nslug: c\nsections:\n  - title: Phần 1\n    lessons:\n      - slug: a\n      - slug: b\n      - slug: d")
                .lesson("c", "01-a.md", "title: Bài A\nslug: a", "<h2 id=\"mo-dau\">Mở đầu</h2>\n\n<p>đăng ký tài khoản</p>\n")
                .lesson("c", "02-b.md", "title: Bài B\nslug: b",
                        "<h2 id=\"mot\">Một</h2>\n\n<p>nhánh mới <a href=\"/lessons/c/a/#mo-dau\">bài A</a></p>\n")
                .lesson("c", "02-b.en.md", "title: Lesson B\nslug: b", "<h2 id=\"one\">One</h2>\n\n<p>new branch</p>\n")
                .lesson("c", "03-d.md", "title: Bài D\nslug: d", "<p>dạng bài và đang học</p>\n");
    }

    private LiveSite built() throws Exception {
        LiveSite site = SiteBuild.of(root, null, StageListener.NONE).live();
        LiveSite.Outcome first = site.rebuild(ThemeChange.ALL);
        assertThat(first.ok()).as(first.diagnostics().sorted().toString()).isTrue();
        return site;
    }

    private LiveSite.Outcome save(LiveSite site, String body) throws Exception {
        String text = Files.readString(root.resolve(LESSON));
        Files.writeString(root.resolve(LESSON), text.substring(0, text.indexOf("\n---\n", 4) + 5) + body);
        return site.rebuild(ThemeChange.NONE, Set.of(root.resolve(LESSON).toAbsolutePath()));
    }

    @Test
    void aLessonTextEditRebuildsOnlyThatLessonAndServesWhatAFullBuildWould() throws Exception {
        LiveSite site = built();

        LiveSite.Outcome outcome = save(site,
                "<h2 id=\"mot\">Một</h2>\n\n<p>nhánh mới, xung đột khi hợp nhất <a href=\"/lessons/c/a/#mo-dau\">bài A</a></p>\n");

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.stages()).startsWith("one lesson's text");
        assertThat(outcome.changedPages()).containsExactlyInAnyOrder("lessons/c/b/index.html");
        assertSameAsAFullBuild(site);
    }

    @Test
    void theFastWayKeepsServingWhatAFullBuildWouldOverManySaves() throws Exception {
        LiveSite site = built();

        for (String words : new String[] {"xung đột", "đăng nhập", "dang", "nhánh nhanh", ""}) {
            assertThat(save(site, "<h2 id=\"mot\">Một</h2>\n\n<p>" + words + " <a href=\"/lessons/c/a/#mo-dau\">A</a></p>\n")
                    .stages()).startsWith("one lesson's text");
        }
        assertSameAsAFullBuild(site);
    }

    @Test
    void aDeletedLessonsMarkdownCopyIsServedNoMore() throws Exception {
        LiveSite site = built();
        assertThat(site.output().paths()).contains("lessons/c/b/index.md", "en/lessons/c/b/index.md");

        Path english = root.resolve(LESSON).resolveSibling("02-b.en.md");
        Files.delete(english);
        Files.delete(root.resolve(LESSON));
        assertThat(site.rebuild(ThemeChange.NONE, Set.of(root.resolve(LESSON).toAbsolutePath(),
                english.toAbsolutePath())).ok()).isTrue();

        assertThat(site.output().paths()).doesNotContain("lessons/c/b/index.md", "en/lessons/c/b/index.md");
        assertSameAsAFullBuild(site);
    }

    @Test
    void anEditThatChangesTheFrontMatterRebuildsTheWholeSite() throws Exception {
        LiveSite site = built();
        String text = Files.readString(root.resolve(LESSON));
        Files.writeString(root.resolve(LESSON), text.replace("title: Bài B", "title: Bài Bê"));

        LiveSite.Outcome outcome = site.rebuild(ThemeChange.NONE, Set.of(root.resolve(LESSON).toAbsolutePath()));

        assertThat(outcome.stages()).doesNotStartWith("one lesson's text");
        assertThat(outcome.changedPages()).contains("lessons/c/a/index.html", "lessons/c/d/index.html", "series/cat/c/index.html");
        assertSameAsAFullBuild(site);
    }

    @Test
    void anEditThatChangesHeadingIdsOrLinksRebuildsTheWholeSite() throws Exception {
        LiveSite site = built();

        assertThat(save(site, "<h2 id=\"hai\">Hai</h2>\n\n<p>nhánh <a href=\"/lessons/c/a/#mo-dau\">A</a></p>\n").stages())
                .doesNotStartWith("one lesson's text");
        assertThat(save(site, "<h2 id=\"hai\">Hai</h2>\n\n<p>nhánh <a href=\"/lessons/c/d/\">D</a></p>\n").stages())
                .doesNotStartWith("one lesson's text");
        assertSameAsAFullBuild(site);
    }

    @Test
    void anEditThatBringsTheSitesFirstFormulaRebuildsTheWholeSiteAndServesMathJax() throws Exception {
        LiveSite site = built();

        LiveSite.Outcome outcome = save(site,
                "<h2 id=\"mot\">Một</h2>\n\n<p>nhánh $x_1$ <a href=\"/lessons/c/a/#mo-dau\">bài A</a></p>\n");

        assertThat(outcome.stages()).doesNotStartWith("one lesson's text");
        assertThat(site.output().paths()).contains("assets/mathjax/tex-chtml.js");
        assertSameAsAFullBuild(site);
    }

    @Test
    void aSitemapTemplateEditRewritesTheSitemapAndNoPage() throws Exception {
        TestSite.in(root).file("site.yaml", "title: T\nlanguages: [vi, en]\nbase_url: https://example.org/\n")
                .file("content/blog/news/post.md", "---\ntitle: Post\npublished_at: 2026-04-13\n---\nHello\n");
        LiveSite site = built();
        Path template = TestSite.in(root).file("templates/sitemap.xml.peb", "{{ urls | length }} pages\n").root()
                .resolve("templates/sitemap.xml.peb");

        LiveSite.Outcome outcome = site.rebuild(ThemeChange.of(new SiteLayout(root, root), Set.of(template)), Set.of(template));

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.changedPages()).isEmpty();
        assertThat(new String(site.output().get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8)).matches("\\d+ pages\n");
        assertSameAsAFullBuild(site);
    }

    @Test
    void anEditThatBreaksALinkIsReportedAndKeepsTheLastGoodSite() throws Exception {
        LiveSite site = built();

        LiveSite.Outcome outcome = save(site, "<h2 id=\"mot\">Một</h2>\n\n<p><a href=\"/lessons/c/a/#khong-co\">A</a></p>\n");

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.diagnostics().sorted()).anyMatch(d -> d.path().equals(LESSON) && d.message().contains("khong-co"));
    }

    @Test
    void aLessonNestedTooDeeplyIsReportedAndKeepsTheLastGoodSite() throws Exception {
        LiveSite site = built();

        LiveSite.Outcome outcome = save(site, "<h2 id=\"mot\">Một</h2>\n\n" + "- ".repeat(10_000) + "x\n");

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.diagnostics().sorted()).anyMatch(d -> d.path().equals(LESSON) && d.line() == 7
                && d.message().startsWith("nesting deeper than 100 levels"));
    }

    @Test
    void aStaticFileThatWouldReplaceAPageIsReportedAndKeepsTheLastGoodSite() throws Exception {
        LiveSite site = built();
        byte[] page = site.output().get("lessons/c/a/index.html");
        TestSite.in(root).file("static/lessons/c/a/index.html", "<p>mine</p>\n");

        LiveSite.Outcome outcome = site.rebuild(ThemeChange.NONE);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.diagnostics().sorted()).extracting(io.buildsite.diagnostics.Diagnostic::format).containsExactly(
                "static/lessons/c/a/index.html:1:1: error: would replace the generated lessons/c/a/index.html: rename or move it");
        assertThat(site.output().get("lessons/c/a/index.html")).isEqualTo(page);
    }

    @Test
    void anEditThatMakesATranslationStaleIsReportedAsAFullRebuildWould() throws Exception {
        String original = Files.readString(root.resolve(LESSON));
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(original.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 6);
        Path translation = root.resolve(LESSON.replace("02-b.md", "02-b.en.md"));
        Files.writeString(translation, Files.readString(translation).replace("slug: b", "slug: b\ntranslation_of_hash: " + hash));
        LiveSite site = built();

        LiveSite.Outcome outcome = save(site, "<h2 id=\"mot\">Một</h2>\n\n<p>nhánh đã sửa <a href=\"/lessons/c/a/#mo-dau\">A</a></p>\n");

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.diagnostics().sorted()).anyMatch(d -> d.path().endsWith("02-b.en.md")
                && d.message().startsWith("translation is stale"));
        assertSameAsAFullBuild(site);
    }

    @Test
    void afterAFailedBuildTheNextSaveRebuildsTheWholeSiteSoNoEditIsLost() throws Exception {
        LiveSite site = built();
        Path other = root.resolve("content/series/cat/c/chapters/01-a/lessons/03-d.md");
        String good = Files.readString(other);
        Files.writeString(root.resolve(LESSON), Files.readString(root.resolve(LESSON)).replace("nhánh mới", "nhánh đã đổi"));
        Files.writeString(other, good.replace("dạng bài", "dạng bài <a href=\"/lessons/c/khong-co/\">x</a>"));
        Set<Path> both = Set.of(root.resolve(LESSON).toAbsolutePath(), other.toAbsolutePath());
        assertThat(site.rebuild(ThemeChange.NONE, both).ok()).isFalse();

        Files.writeString(other, good.replace("dạng bài", "dạng bài mới"));
        LiveSite.Outcome fixed = site.rebuild(ThemeChange.NONE, Set.of(other.toAbsolutePath()));

        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.stages()).doesNotStartWith("one lesson's text");
        assertThat(new String(site.output().get("lessons/c/b/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("nhánh đã đổi");
        assertSameAsAFullBuild(site);
    }

    @Test
    void aStaticFileIsServedFromItsFileNotHeldInMemory() throws Exception {
        TestSite.in(root).bytes("static/files/notes.bin", new byte[] {1, 2, 3});

        LiveSite site = built();

        assertThat(site.output().paths()).contains("files/notes.bin");
        assertThat(site.output().get("files/notes.bin")).isNull();
        assertThat(site.output().file("files/notes.bin")).isEqualTo(root.resolve("static/files/notes.bin"));
    }

    @Test
    void anImageReplacedByOneOfAnotherSizeIsShownAtItsNewSize() throws Exception {
        Path image = root.resolve("content/images/a.png");
        TestSite.in(root).bytes("content/images/a.png", TestImages.png(320, 180));
        LiveSite site = built();
        save(site, "<h2 id=\"mot\">Một</h2>\n\n<img src=\"/images/a.png\" alt=\"A\">\n");
        assertThat(page(site, "lessons/c/b/index.html")).contains("width=\"320\" height=\"180\"");

        Files.write(image, TestImages.png(640, 480));
        Files.setLastModifiedTime(image, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(image).toMillis() + 2_000));
        LiveSite.Outcome outcome = site.rebuild(ThemeChange.NONE, Set.of(image.toAbsolutePath()));

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.changedPages()).contains("lessons/c/b/index.html");
        assertThat(page(site, "lessons/c/b/index.html")).contains("width=\"640\" height=\"480\"")
                .doesNotContain("width=\"320\"");
    }

    private static String page(LiveSite site, String path) {
        return new String(site.output().get(path), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void servesWhatBuildWritesToAFolder(@TempDir Path elsewhere) throws Exception {
        LiveSite site = built();
        save(site, "<h2 id=\"mot\">Một</h2>\n\n<p>nhánh đã sửa <a href=\"/lessons/c/a/#mo-dau\">A</a></p>\n");

        assertServesWhatIsWritten(site, SiteBuild.of(root, null, StageListener.NONE), elsewhere);
    }

    @Test
    void aDraftIsServedWithItsBadge() throws Exception {
        markLessonDAsDraft();

        LiveSite site = built();

        assertThat(page(site, "lessons/c/d/index.html")).contains("<p class=\"notice-draft\" role=\"note\">"
                + "<span class=\"badge\">Bản nháp</span> Trang này là bản nháp, chưa được xuất bản.</p>");
        assertThat(page(site, "lessons/c/a/index.html")).doesNotContain("notice-draft");
    }

    @Test
    void publishingADraftTakesItsBadgeAway() throws Exception {
        Path draft = markLessonDAsDraft();
        LiveSite site = built();
        Files.writeString(draft, Files.readString(draft).replace("draft: true", "draft: false"));

        assertThat(site.rebuild(ThemeChange.NONE, Set.of(draft.toAbsolutePath())).ok()).isTrue();

        assertThat(page(site, "lessons/c/d/index.html")).doesNotContain("notice-draft");
    }

    @Test
    void servesDraftsAsBuildWithDraftsWritesThem(@TempDir Path elsewhere) throws Exception {
        markLessonDAsDraft();

        assertServesWhatIsWritten(built(), SiteBuild.of(root, null, StageListener.NONE).withDrafts(), elsewhere);
    }

    private Path markLessonDAsDraft() throws IOException {
        return TestSite.in(root).lesson("c", "03-d.md", "title: Bài D\nslug: d\ndraft: true", "<p>đang viết</p>\n")
                .root().resolve("content/series/cat/c/chapters/01-a/lessons/03-d.md");
    }

    /** The preview serves every file {@code build} writes to a folder, and only those, byte for byte. */
    private static void assertServesWhatIsWritten(LiveSite site, SiteBuild build, Path elsewhere) throws Exception {
        Path out = elsewhere.resolve("site");
        io.buildsite.diagnostics.Diagnostics diagnostics = new io.buildsite.diagnostics.Diagnostics();
        FolderTarget target = new FolderTarget(out, elsewhere.resolve("cache"), false, true,
                io.buildsite.write.OutputDisk.LOCAL);
        assertThat(build.toFolder(target, false, diagnostics).ok()).isTrue();

        Set<String> written = new TreeSet<>();
        try (java.util.stream.Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(io.buildsite.write.OutputFolder.MARKER)).forEach(written::add);
        }
        assertThat(new TreeSet<>(site.output().paths())).isEqualTo(written);
        for (String path : written) {
            assertThat(site.output().get(path)).as(path).isEqualTo(Files.readAllBytes(out.resolve(path)));
        }
    }

    private void assertSameAsAFullBuild(LiveSite site) throws Exception {
        LiveSite fresh = built();
        Set<String> paths = new TreeSet<>(fresh.output().paths());
        assertThat(new TreeSet<>(site.output().paths())).isEqualTo(paths);
        for (String path : paths) {
            assertThat(new String(site.output().get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(fresh.output().get(path), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
