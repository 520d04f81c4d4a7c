package io.buildsite.cli;

import io.buildsite.testing.FileIdentities;
import io.buildsite.testing.GitRepository;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
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
                .file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>first</p>");
        assertThat(build().result().exitCode()).isZero();
    }

    /** A build's result, and whether it ran or found the output up to date. */
    private record Build(TestSite.Result result, boolean ran) {
    }

    private Build build(String... extra) throws IOException {
        String[] args = Stream.concat(Stream.of("build", "--source", site.root().toString()), Stream.of(extra))
                .toArray(String[]::new);
        Object folder = FileIdentities.folder(site.output());
        TestSite.Result result = TestSite.run(args);
        return new Build(result, !Objects.equals(folder, FileIdentities.folder(site.output())));
    }

    @Test
    void aNewCommitBuildsASiteDatedByItsCommitsAgain() throws Exception {
        site.file("site.yaml", "title: T\nbase_url: https://example.org/\ngit_dates: true\n")
                .file(".gitignore", "site-output/\n.build-site-cache/\n");
        GitRepository repository = GitRepository.init(site.root()).commitAll("2026-01-05T10:00:00Z");
        assertThat(build().ran()).isTrue();
        assertThat(build().ran()).isFalse();

        repository.commitAll("2026-02-01T10:00:00Z");

        assertThat(build().ran()).isTrue();
    }

    @Test
    void anUnchangedSiteIsNotBuiltAgainAndNoFileIsTouched() throws IOException {
        Map<String, String> before = FileIdentities.of(site.output());

        Build again = build();

        assertThat(again.result().exitCode()).isZero();
        assertThat(again.ran()).isFalse();
        assertThat(FileIdentities.of(site.output())).isEqualTo(before);
    }

    @Test
    void aLessonWhoseTimeChangedButNotItsTextIsStillUpToDate() throws IOException {
        Path lesson = site.root().resolve("content/series/cat/c/chapters/01-a/lessons/01-a.md");
        Files.setLastModifiedTime(lesson, java.nio.file.attribute.FileTime.fromMillis(0));

        assertThat(build().ran()).isFalse();
    }

    @Test
    void anEditedLessonIsBuilt() throws IOException {
        site.lesson("c", "01-a.md", "title: A\nslug: a", "<p>edited</p>");

        Build again = build();

        assertThat(again.result().exitCode()).isZero();
        assertThat(again.ran()).isTrue();
        assertThat(site.read("lessons/c/a/index.html")).contains("edited");
    }

    @Test
    void aNewTemplateIsBuilt() throws IOException {
        site.file("templates/assets/extra.css", "body{}");

        assertThat(build().ran()).isTrue();
        assertThat(site.output().resolve("assets/extra.css")).exists();
    }

    @Test
    void aSitesOwnSitemapTemplateIsBuilt() throws IOException {
        site.file("templates/sitemap.xml.peb", "{{ urls | length }} pages\n");

        assertThat(build().ran()).isTrue();
        assertThat(site.read("sitemap.xml")).matches("\\d+ pages\n");
    }

    @Test
    void anotherBaseUrlIsBuilt() throws IOException {
        assertThat(build("--base-url", "https://example.org/course/").ran()).isTrue();
        assertThat(site.read("index.html")).contains("https://example.org/course/");
    }

    @Test
    void anOutputFileDeletedSinceIsWrittenAgain() throws IOException {
        Files.delete(site.output().resolve("lessons/c/a/index.html"));

        assertThat(build().ran()).isTrue();
        assertThat(site.output().resolve("lessons/c/a/index.html")).exists();
    }

    @Test
    void anOutputFileEditedSinceIsWrittenAgain() throws IOException {
        Path page = site.output().resolve("lessons/c/a/index.html");
        String original = Files.readString(page);
        Files.writeString(page, "defaced");

        assertThat(build().ran()).isTrue();
        assertThat(page).hasContent(original);
    }

    @Test
    void aLinkLeadingOutOfTheSiteIsNeverOpenedAndItsWarningIsRepeated() throws IOException {
        Files.createSymbolicLink(site.root().resolve("content/unreadable.bin"), Path.of("/proc/self/mem"));

        Build build = build();
        Build again = build();

        assertThat(build.result().exitCode()).isZero();
        assertThat(build.ran()).isTrue();
        assertThat(build.result().diagnostics()).singleElement().asString().contains("content/unreadable.bin");
        assertThat(again.ran()).isFalse();
        assertThat(again.result().diagnostics()).isEqualTo(build.result().diagnostics());
    }

    @Test
    void rebuildBuildsAnUnchangedSiteAnyway() throws IOException {
        Build again = build("--rebuild");

        assertThat(again.result().exitCode()).isZero();
        assertThat(again.ran()).isTrue();
    }

    @Test
    void theWarningsOfTheSkippedBuildAreReportedAgain() throws IOException {
        site.lesson("c", "01-a.md", "title: A\nslug: a", "<p><img src=\"/missing.png\" alt=\"x\"></p>");
        TestSite.Result first = build().result();
        assertThat(first.diagnostics()).hasSize(1);

        Build again = build();

        assertThat(again.ran()).isFalse();
        assertThat(again.result().diagnostics()).isEqualTo(first.diagnostics());
        assertThat(again.result().exitCode()).isZero();
    }

    @Test
    void underStrictTheRepeatedWarningsFailTheBuild() throws IOException {
        site.lesson("c", "01-a.md", "title: A\nslug: a", "<p><img src=\"/missing.png\" alt=\"x\"></p>");
        assertThat(build().result().exitCode()).isZero();

        Build strict = build("--strict");

        assertThat(strict.result().exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(strict.result().diagnostics()).hasSize(1);
    }
}
