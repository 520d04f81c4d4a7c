package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** build-site writes only its own output folder, and only replaces a folder it made. */
class OutputFolderSafetyTest {
    @TempDir
    Path dir;

    private Path source;

    @BeforeEach
    void aSite() throws IOException {
        source = TestSite.in(dir.resolve("site")).file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C").root();
    }

    private TestSite.Result buildInto(Path output, String... extra) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "--quiet", "--source",
                source.toString(), "--output", output.toString()), java.util.stream.Stream.of(extra)).toArray(String[]::new);
        return TestSite.run(args);
    }

    @Test
    void refusesTheSourceFolderItself() {
        TestSite.Result result = buildInto(source);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("the output folder is the source folder");
    }

    @Test
    void refusesAFolderInsideContent() {
        TestSite.Result result = buildInto(source.resolve("content/out"));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("inside the source's content/ folder");
        assertThat(source.resolve("content/out")).doesNotExist();
    }

    @Test
    void forceThroughALinkNeverReplacesAFolderHoldingTheSource() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("of2"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        TestSite.in(folder.resolve("src")).course("c", "title: C");
        Path link = Files.createSymbolicLink(dir.resolve("of2link"), folder);

        TestSite.Result result = TestSite.run("build", "--quiet", "--source", link.resolve("src").toString(),
                "--output", folder.toString(), "--force");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("the output folder contains the source folder");
        assertThat(folder.resolve("notes.txt")).hasContent("mine");
        assertThat(folder.resolve("src/content/series/cat/c/index.md")).isRegularFile();
    }

    @Test
    void anOutputInsideContentIsRefusedWhicheverLinkLedToTheSource() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("sitelink"), source);

        TestSite.Result result = TestSite.run("build", "--quiet", "--source", link.toString(),
                "--output", source.resolve("content/out").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("inside the source's content/ folder");
        assertThat(source.resolve("content/out")).doesNotExist();
    }

    @Test
    void refusesAFolderInsideData() {
        assertThat(buildInto(source.resolve("data/out")).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void refusesTheFilesystemRoot() {
        TestSite.Result result = buildInto(Path.of("/"));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("filesystem root");
    }

    @Test
    void refusesTheHomeFolder() {
        TestSite.Result result = buildInto(Path.of(System.getProperty("user.home")));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("home folder");
    }

    @Test
    void refusesAFolderOfSomeoneElsesFilesAndLeavesThemAlone() throws IOException {
        Path foreign = dir.resolve("photos");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("holiday.txt"), "keep me");

        TestSite.Result result = buildInto(foreign);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("was not made by build-site").contains("--force");
        assertThat(foreign.resolve("holiday.txt")).hasContent("keep me");
    }

    @Test
    void replacesAForeignFolderWithForce() throws IOException {
        Path foreign = dir.resolve("old-site");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("stale.html"), "old");

        assertThat(buildInto(foreign, "--force").exitCode()).isZero();

        assertThat(foreign.resolve("stale.html")).doesNotExist();
        assertThat(foreign.resolve("index.html")).isRegularFile();
    }

    @Test
    void rebuildsItsOwnFolderAndLeavesAMarkerInIt() throws IOException {
        Path out = dir.resolve("out");
        assertThat(buildInto(out).exitCode()).isZero();
        assertThat(out.resolve(".build-site")).isRegularFile();
        assertThat(buildInto(out).exitCode()).isZero();
    }

    @Test
    void theMarkerSaysOnlyWhoseFolderItIsAndTheBuildsRecordStaysOutOfTheOutput() throws IOException {
        Path out = dir.resolve("out");
        assertThat(buildInto(out).exitCode()).isZero();

        assertThat(out.resolve(".build-site")).hasContent("This folder is written by build-site and replaced on every build.");
        try (java.util.stream.Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // Read as Latin-1, so the share cards' bytes are searched as well as the text files.
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(dir.toString());
            }
        }
        assertThat(source.resolve(".build-site-cache")).isDirectory();
    }

    @Test
    void leavesNoTemporaryFolderBehind() throws IOException {
        Path out = dir.resolve("out");
        assertThat(buildInto(out).exitCode()).isZero();
        assertThat(buildInto(out).exitCode()).isZero();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        }
    }

    @Test
    void aFailureWhileWritingLeavesNoTemporaryFolderAndThePreviousOutput() throws IOException {
        TestSite site = TestSite.in(source);
        for (int i = 100; i < 300; i++) {
            site.lesson("c", i + "-l.md", "title: L" + i, "Body " + i + ".\n");
        }
        Path out = dir.resolve("out");
        assertThat(buildInto(out).exitCode()).isZero();
        String home = Files.readString(out.resolve("index.html"));
        // One page of many fails while the others are being written on every core.
        site.file("templates/lesson.peb", "{{ lesson.title }}{% if lesson.title == \"L150\" %}{{ 1 / 0 }}{% endif %}");

        for (int attempt = 0; attempt < 3; attempt++) {
            TestSite.Result result = buildInto(out);

            assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.CONTENT_ERRORS);
            assertThat(result.diagnostics()).singleElement().asString().startsWith("templates/lesson.peb:1:1: error: ");
            try (var siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
            }
            assertThat(out.resolve("index.html")).hasContent(home);
        }
    }

    @Test
    void anEmptyExistingFolderIsFine() throws IOException {
        Path out = Files.createDirectories(dir.resolve("empty"));
        assertThat(buildInto(out).exitCode()).isZero();
    }

    @Test
    void aMissingSourceFolderIsAUsageError() {
        TestSite.Result result = TestSite.run("build", "--source", dir.resolve("nope").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).contains("source folder not found");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(TestSite.run("build", "--frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
