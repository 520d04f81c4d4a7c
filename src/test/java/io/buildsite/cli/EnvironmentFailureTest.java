package io.buildsite.cli;

import io.buildsite.testing.FaultyDisk;
import io.buildsite.testing.FaultyDisk.Calls;
import io.buildsite.testing.FolderSnapshot;
import io.buildsite.testing.TestSite;
import io.buildsite.write.OutputDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The machine fails a build that would have succeeded: the build ends with exit code 4 and one line that
 * names the file and the cause, prints no stack trace, leaves the previous output byte for byte as it
 * was, and leaves nothing behind anywhere else.
 */
class EnvironmentFailureTest {
    private static final String STATIC_FILE = "static/files/guide.pdf";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        site = TestSite.in(dir.resolve("site")).file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C").file(STATIC_FILE, "%PDF-1.4\n");
        for (int i = 10; i < 40; i++) {
            site.lesson("c", i + "-l.md", "title: L" + i, "<p>Body " + i + "</p>\n");
        }
        TestSite.Result first = TestSite.run("build", "--quiet", "--source", site.root().toString(), "--output",
                dir.resolve("out").toString());
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        // The next build writes again rather than finding everything up to date.
        site.lesson("c", "40-l.md", "title: L40", "<p>New</p>\n");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments("a full disk on the 20th file", Calls.FILES, 20,
                        (FaultyDisk.Failure) target -> {
                            throw new IOException("No space left on device");
                        }, "no space left on device while writing {out}/", ""),
                arguments("an output folder whose parent may not be written", Calls.FOLDERS, 1,
                        (FaultyDisk.Failure) target -> {
                            throw new AccessDeniedException(target.toString());
                        }, "{dir}: permission denied", ""),
                arguments("a file the disk refuses", Calls.FILES, 5,
                        (FaultyDisk.Failure) target -> {
                            throw new AccessDeniedException(target.toString());
                        }, "{out}/", ": permission denied"),
                arguments("a read-only file system", Calls.FOLDERS, 3,
                        (FaultyDisk.Failure) target -> {
                            throw new FileSystemException(target.toString(), null, "Read-only file system");
                        }, "{out}/", ": read-only file system"),
                arguments("a name too long for the file system", Calls.FILES, 7,
                        (FaultyDisk.Failure) target -> {
                            throw new FileSystemException(target.toString(), null, "File name too long");
                        }, "{out}/", ": file name too long for this file system"),
                arguments("a static file removed during the build", Calls.FILES, 1,
                        (FaultyDisk.Failure) target -> Files.delete(besideTheOutput(target).resolve("site/" + STATIC_FILE)),
                        "{site}/" + STATIC_FILE + ": file was removed during the build", ""),
                arguments("Java out of memory", Calls.FILES, 3,
                        (FaultyDisk.Failure) target -> {
                            throw new OutOfMemoryError("Java heap space");
                        }, "out of memory: ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void isOneLineExitFourAndLeavesEverythingAsItWas(String name, Calls calls, int nth, FaultyDisk.Failure failure,
                                                     String starts, String ends) throws IOException {
        Map<String, String> before = FolderSnapshot.of(dir);

        TestSite.Result result = buildOn(new FaultyDisk(calls, nth, failure));

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(result.stderr().lines()).as(result.stderr()).singleElement().asString()
                .startsWith("build-site: " + starts.replace("{out}", dir.resolve("out").toString())
                        .replace("{site}", site.root().toString()).replace("{dir}", dir.toString())).endsWith(ends);
        assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("bug");
        if (name.contains("removed")) {
            before.remove("site/" + STATIC_FILE);
        }
        assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void aFailureThatIsNotTheMachinesIsStillABug() throws IOException {
        Map<String, String> before = FolderSnapshot.of(dir);

        TestSite.Result result = buildOn(new FaultyDisk(Calls.FILES, 4, target -> {
            throw new IllegalStateException("two makers of one file");
        }));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(result.stderr()).contains("This is a bug in build-site");
        assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void whateverWrapsItTheMachinesFailureIsFoundAndBuildSitesOwnMistakesAreNot() {
        assertThat(EnvironmentFailure.describe(new java.io.UncheckedIOException(
                new java.nio.file.NoSuchFileException("/s/static/a.png")))).isEqualTo("/s/static/a.png: file was removed during the build");
        assertThat(EnvironmentFailure.describe(new RuntimeException(new IOException("Input/output error"))))
                .isEqualTo("input/output error");
        assertThat(EnvironmentFailure.describe(new FileSystemException("/s/static/a.png", "/o/.out.tmp-"
                + java.util.UUID.randomUUID() + "/a.png", "No space left on device")))
                .isEqualTo("no space left on device while writing /o/out/a.png");
        assertThat(EnvironmentFailure.describe(new java.nio.file.FileAlreadyExistsException("/o/a.html"))).isNull();
        assertThat(EnvironmentFailure.describe(new IOException("refusing to write outside the output folder: ../x"))).isNull();
        assertThat(EnvironmentFailure.describe(new IllegalStateException("x"))).isNull();
    }

    /** The folder that holds the output, from a path inside the output being written. */
    private static Path besideTheOutput(Path target) {
        Path folder = target;
        while (!folder.getFileName().toString().startsWith(".out.tmp-")) {
            folder = folder.getParent();
        }
        return folder.getParent();
    }

    private TestSite.Result buildOn(OutputDisk disk) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory commands = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == BuildCommand.class ? type.cast(new BuildCommand(disk)) : CommandLine.defaultFactory().create(type);
            }
        };
        int code = Main.run(new String[] {"build", "--quiet", "--source", site.root().toString(), "--output",
                dir.resolve("out").toString()}, new PrintWriter(out, true), new PrintWriter(err, true), commands);
        return new TestSite.Result(code, out.toString(), err.toString());
    }
}
