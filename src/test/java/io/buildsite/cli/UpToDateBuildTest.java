package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A build of a site that has not changed since its output was built does no work and touches nothing. */
class UpToDateBuildTest {
    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void aBuiltSite() throws IOException {
        site = TestSite.in(dir.resolve("site"))
                .file("site.yaml", "base_url: https://example.org/\n")
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>first</p>");
        assertThat(build().exitCode()).isZero();
    }

    private TestSite.Result build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--source", site.root().toString()), Stream.of(extra))
                .toArray(String[]::new);
        return TestSite.run(args);
    }

    @Test
    void anUnchangedSiteIsNotBuiltAgainAndNoFileIsTouched() throws IOException {
        Map<String, String> before = identities(site.output());

        TestSite.Result again = build();

        assertThat(again.exitCode()).isZero();
        assertThat(again.stderr()).contains("up to date").doesNotContain("render:");
        assertThat(identities(site.output())).isEqualTo(before);
    }

    @Test
    void aLessonWhoseTimeChangedButNotItsTextIsStillUpToDate() throws IOException {
        Path lesson = site.root().resolve("content/series/cat/c/chapters/01-a/lessons/01-a.md");
        Files.setLastModifiedTime(lesson, java.nio.file.attribute.FileTime.fromMillis(0));

        assertThat(build().stderr()).contains("up to date");
    }

    @Test
    void anEditedLessonIsBuilt() throws IOException {
        site.lesson("c", "01-a.md", "title: A\nslug: a", "<p>edited</p>");

        TestSite.Result again = build();

        assertThat(again.stderr()).doesNotContain("up to date").contains("write:");
        assertThat(site.read("lessons/c/a/index.html")).contains("edited");
    }

    @Test
    void aNewTemplateIsBuilt() throws IOException {
        site.file("templates/assets/extra.css", "body{}");

        assertThat(build().stderr()).doesNotContain("up to date");
        assertThat(site.output().resolve("assets/extra.css")).exists();
    }

    @Test
    void aSitesOwnSitemapTemplateIsBuilt() throws IOException {
        site.file("templates/sitemap.xml.peb", "{{ urls | length }} pages\n");

        assertThat(build().stderr()).doesNotContain("up to date");
        assertThat(site.read("sitemap.xml")).matches("\\d+ pages\n");
    }

    @Test
    void anotherBaseUrlIsBuilt() throws IOException {
        assertThat(build("--base-url", "https://example.org/course/").stderr()).doesNotContain("up to date");
        assertThat(site.read("index.html")).contains("https://example.org/course/");
    }

    @Test
    void anOutputFileDeletedSinceIsWrittenAgain() throws IOException {
        Files.delete(site.output().resolve("lessons/c/a/index.html"));

        assertThat(build().stderr()).doesNotContain("up to date");
        assertThat(site.output().resolve("lessons/c/a/index.html")).exists();
    }

    @Test
    void anOutputFileEditedSinceIsWrittenAgain() throws IOException {
        Path page = site.output().resolve("lessons/c/a/index.html");
        String original = Files.readString(page);
        Files.writeString(page, "defaced");

        assertThat(build().stderr()).doesNotContain("up to date");
        assertThat(page).hasContent(original);
    }

    @Test
    void aLinkLeadingOutOfTheSiteIsNeverOpenedAndItsWarningIsRepeated() throws IOException {
        Files.createSymbolicLink(site.root().resolve("content/unreadable.bin"), Path.of("/proc/self/mem"));

        TestSite.Result build = build();
        TestSite.Result again = build();

        assertThat(build.exitCode()).isZero();
        assertThat(build.stderr()).doesNotContain("up to date");
        assertThat(build.diagnostics()).singleElement().asString().contains("content/unreadable.bin");
        assertThat(again.stderr()).contains("up to date");
        assertThat(again.diagnostics()).isEqualTo(build.diagnostics());
    }

    @Test
    void rebuildBuildsAnUnchangedSiteAnyway() {
        TestSite.Result again = build("--rebuild");

        assertThat(again.stderr()).doesNotContain("up to date").contains("render:", "write:");
    }

    @Test
    void theWarningsOfTheSkippedBuildAreReportedAgain() throws IOException {
        site.lesson("c", "01-a.md", "title: A\nslug: a", "<p><img src=\"/missing.png\" alt=\"x\"></p>");
        TestSite.Result first = build();
        assertThat(first.diagnostics()).hasSize(1);

        TestSite.Result again = build();

        assertThat(again.stderr()).contains("up to date");
        assertThat(again.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void underStrictTheRepeatedWarningsFailTheBuild() throws IOException {
        site.lesson("c", "01-a.md", "title: A\nslug: a", "<p><img src=\"/missing.png\" alt=\"x\"></p>");
        assertThat(build().exitCode()).isZero();

        TestSite.Result strict = build("--strict");

        assertThat(strict.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(strict.diagnostics()).hasSize(1);
    }

    /** Each file's inode and modification time: both stay when a file is not touched. */
    private static Map<String, String> identities(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(),
                        Files.getAttribute(p, "unix:ino") + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
