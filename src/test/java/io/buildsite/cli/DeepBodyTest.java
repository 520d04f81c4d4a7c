package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A body nested too deeply is one diagnostic among the others, in build and check alike. */
class DeepBodyTest {
    private static final String DEEP = "content/series/cat/c/chapters/01-a/lessons/02-deep.md";
    private static final String BROKEN = "content/series/cat/c/chapters/01-a/lessons/03-broken.md";

    @TempDir
    Path dir;

    private Path source;

    @BeforeEach
    void site() throws IOException {
        source = TestSite.in(dir.resolve("site"))
                .course("c", "title: C")
                .lesson("c", "01-good.md", "title: Good\nslug: good", "<p>fine</p>\n")
                .lesson("c", "02-deep.md", "title: Deep\nslug: deep", "Intro.\n\n" + ">".repeat(1000) + " deep\n")
                .lesson("c", "03-broken.md", "title: Broken\nslug: broken", "<p><a href=\"/lessons/c/nope/\">x</a></p>\n")
                .root();
    }

    @Test
    void buildReportsItBesideTheOtherFilesProblems() {
        assertReportsBoth(TestSite.run("build", "--quiet", "--source", source.toString(),
                "--output", dir.resolve("out").toString()));
    }

    @Test
    void checkReportsItBesideTheOtherFilesProblems() {
        assertReportsBoth(TestSite.run("check", "--quiet", "--source", source.toString()));
    }

    private static void assertReportsBoth(TestSite.Result result) {
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(result.diagnostics()).as(result.stderr()).containsExactly(
                DEEP + ":7:1: error: nesting deeper than 100 levels (block quotes, lists, emphasis, links): flatten it",
                BROKEN + ":5:1: error: broken link: /lessons/c/nope/ is not a page of this site");
        assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
