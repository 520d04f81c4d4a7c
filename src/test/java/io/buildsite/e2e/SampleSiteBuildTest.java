package io.buildsite.e2e;

import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.SiteCrawler;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample site in content/ builds cleanly, in both languages, with every link working. */
class SampleSiteBuildTest {
    @TempDir
    Path out;

    private TestSite.Result build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--quiet", "--source", ProjectSite.root().toString(),
                "--output", out.resolve("site").toString()), Stream.of(extra)).toArray(String[]::new);
        return TestSite.run(args);
    }

    @Test
    void buildsWithNoWarningsUnderStrict() {
        TestSite.Result result = build("--strict");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.stderr()).contains("0 errors, 0 warnings");
    }

    @Test
    void writesEveryPublishedLessonInBothLanguages() throws IOException {
        assertThat(build().exitCode()).isZero();
        List<Path> lessonFiles;
        try (Stream<Path> files = Files.walk(ProjectSite.root().resolve("content/series"))) {
            lessonFiles = files.filter(f -> f.toString().contains("/lessons/") && f.toString().endsWith(".md")
                    && !f.getFileName().toString().endsWith(".en.md") && !isDraft(f)).toList();
        }
        assertThat(lessonFiles).hasSizeGreaterThanOrEqualTo(5);
        try (Stream<Path> pages = Files.walk(out.resolve("site/lessons"))) {
            assertThat(pages.filter(p -> p.endsWith("index.html")).count()).isEqualTo(lessonFiles.size());
        }
        try (Stream<Path> pages = Files.walk(out.resolve("site/en/lessons"))) {
            assertThat(pages.filter(p -> p.endsWith("index.html")).count()).isEqualTo(lessonFiles.size());
        }
    }

    private static boolean isDraft(Path file) {
        try {
            return Files.readString(file).lines().takeWhile(l -> !l.isEmpty()).anyMatch(l -> l.equals("draft: true"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDraftLessonShowsAsComingSoonAndHasNoPage() throws IOException {
        assertThat(build().exitCode()).isZero();
        String course = Files.readString(out.resolve("site/series/luyen-thi/luyen-thi-git-github/index.html"));

        assertThat(course).contains("<span class=\"lesson-item-title\">Bài 6: Giữ an toàn cho kho trên GitHub</span> "
                + "<span class=\"badge\" lang=\"vi\">Sắp ra mắt</span>");
        assertThat(out.resolve("site/lessons/luyen-thi-git-github/bai-6-an-toan-kho-github")).doesNotExist();
        assertThat(out.resolve("site/en/lessons/luyen-thi-git-github/bai-6-an-toan-kho-github")).doesNotExist();
    }

    @Test
    void everyInternalReferenceResolvesFromTheDomainRoot() throws IOException {
        assertThat(build().exitCode()).isZero();
        SiteCrawler crawler = new SiteCrawler(out.resolve("site"), "https://example.org/");
        assertThat(crawler.internalLinkCount()).isGreaterThan(200);
        assertThat(crawler.brokenReferences()).isEmpty();
    }

    @Test
    void everyInternalReferenceResolvesUnderASubPath() throws IOException {
        assertThat(build("--base-url", "https://example.github.io/repo/").exitCode()).isZero();
        SiteCrawler crawler = new SiteCrawler(out.resolve("site"), "https://example.github.io/repo/");
        assertThat(crawler.brokenReferences()).isEmpty();
        assertThat(Files.readString(out.resolve("site/404.html"))).contains("href=\"/repo/assets/site.css\"");
    }

    @Test
    void noPageKeepsAnUnresolvedLinkMarker() throws IOException {
        assertThat(build().exitCode()).isZero();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(30);
        for (Path page : pages) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("\u0000").doesNotContain("&#x0;");
        }
    }

    @Test
    void theSitemapListsEveryPageWithItsLanguageAlternates() throws IOException {
        assertThat(build().exitCode()).isZero();
        String sitemap = Files.readString(out.resolve("site/sitemap.xml"));

        assertThat(sitemap).contains("<loc>https://example.org/lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/</loc>")
                .contains("<loc>https://example.org/en/lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/</loc>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" "
                        + "href=\"https://example.org/en/lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/\"/>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" "
                        + "href=\"https://example.org/lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/\"/>");
        // Every page but the untranslated copies, whose canonical page is their original.
        long pages;
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            pages = files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .filter(f -> !read(f).contains("class=\"notice-untranslated\"")).count();
        }
        assertThat(sitemap.split("<url>", -1).length - 1).isEqualTo((int) pages);
    }

    @Test
    void everyPageNamesItsLanguageAndItsAlternates() throws IOException {
        assertThat(build().exitCode()).isZero();
        String vi = Files.readString(out.resolve("site/blog/index.html"));
        String en = Files.readString(out.resolve("site/en/blog/index.html"));

        assertThat(vi).contains("<html lang=\"vi\"").contains("hreflang=\"en\" href=\"https://example.org/en/blog/\"")
                .contains("hreflang=\"x-default\" href=\"https://example.org/blog/\"");
        assertThat(en).contains("<html lang=\"en\"").contains("hreflang=\"vi\" href=\"https://example.org/blog/\"");
    }

    @Test
    void writesTheSiteWideFiles() {
        assertThat(build().exitCode()).isZero();
        for (String file : List.of("index.html", "en/index.html", "series/index.html", "luyen-thi/index.html",
                "blog/index.html", "tags/index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml",
                "en/feed.xml", ".nojekyll", "assets/site.css", "assets/site.js", "assets/quiz.js", "assets/prism.js",
                "assets/math.js", "assets/mathjax/tex-chtml.js")) {
            assertThat(out.resolve("site").resolve(file)).as(file).isRegularFile();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
