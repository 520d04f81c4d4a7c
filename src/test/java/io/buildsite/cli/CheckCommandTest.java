package io.buildsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code build-site check}: everything build validates plus the generated pages' links, writing nothing. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCorpusPasses() {
        TestSite.Result result = TestSite.run("check", "--quiet", "--source", SharedCorpus.root().toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    @Test
    void theSampleSitePassesUnderStrict() {
        TestSite.Result result = TestSite.run("check", "--strict", "--quiet", "--source", ProjectSite.root().toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).contains("0 errors, 0 warnings");
    }

    @Test
    void writesNothingUnderTheSource() throws IOException {
        Path source = TestSite.in(dir.resolve("site")).course("c", "title: C")
                .lesson("c", "01-a.md", "title: A", "<p>a</p>").root();
        List<Path> before = listing(source);

        assertThat(TestSite.run("check", "--quiet", "--source", source.toString()).exitCode()).isZero();

        assertThat(listing(source)).isEqualTo(before);
    }

    @Test
    void findsABrokenLinkThatATemplatePutsOnEveryPage() throws IOException {
        Path source = TestSite.in(dir.resolve("site")).course("c", "title: C")
                .file("templates/404.peb", "{% extends \"base.peb\" %}{% block content %}"
                        + "<a href=\"{{ page.root }}nowhere/\">x</a>{% endblock %}")
                .root();

        TestSite.Result result = TestSite.run("check", "--quiet", "--source", source.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(result.diagnostics()).isNotEmpty().allMatch(d -> d.startsWith("templates/404.peb:1:1: error: ")
                && d.contains("nowhere/' leads to no page or file"));
    }

    @Test
    void strictMakesAWarningFail() throws IOException {
        Path source = TestSite.in(dir.resolve("site"))
                .course("c", "title: C\nsections:\n  - title: S\n    lessons:\n      - slug: missing").root();

        assertThat(TestSite.run("check", "--quiet", "--source", source.toString()).exitCode()).isZero();
        assertThat(TestSite.run("check", "--strict", "--quiet", "--source", source.toString()).exitCode())
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
    }

    @Test
    void jsonFormatIsOneParsableReport() throws IOException {
        Path source = TestSite.in(dir.resolve("site"))
                .course("c", "title: C\nsections:\n  - title: S\n    lessons:\n      - slug: missing").root();

        TestSite.Result result = TestSite.run("check", "--quiet", "--format", "json", "--source", source.toString());

        JsonNode report = new ObjectMapper().readTree(result.stderr());
        assertThat(report.path("warnings").asInt()).isEqualTo(1);
        assertThat(report.path("errors").asInt()).isZero();
        JsonNode first = report.path("diagnostics").get(0);
        assertThat(first.path("path").asText()).isEqualTo("content/series/cat/c/index.md");
        assertThat(first.path("line").asInt()).isEqualTo(6);
        assertThat(first.path("severity").asText()).isEqualTo("warning");
    }

    @Test
    void githubFormatPrintsAnnotations() throws IOException {
        Path source = TestSite.in(dir.resolve("site"))
                .course("c", "title: C\nsections:\n  - title: S\n    lessons:\n      - slug: missing").root();

        TestSite.Result result = TestSite.run("check", "--quiet", "--format", "github", "--source", source.toString());

        assertThat(result.stderr()).contains("::warning file=content/series/cat/c/index.md,line=6,col=1::lesson 'missing'");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(TestSite.run("check", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }

    @Test
    void aBrokenSiteTemplateIsADiagnosticAtItsLineNotACrash() throws IOException {
        Path source = TestSite.in(dir.resolve("site")).course("c", "title: C").file("site.yaml", "title: T\n")
                .file("templates/course.peb", "{% extends \"base.peb\" %}\n{% block content %}\n{{ course.title \n{% endblock %}\n")
                .root();

        TestSite.Result build = TestSite.run("build", "--quiet", "--source", source.toString(),
                "--output", dir.resolve("out").toString(), "--base-url", "https://example.org/");

        assertThat(build.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(build.diagnostics()).singleElement().asString().startsWith("templates/course.peb:");
        assertThat(build.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
