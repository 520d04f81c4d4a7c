package io.buildsite.cli;

import io.buildsite.testing.BuildProcess;
import io.buildsite.testing.FileIdentities;
import io.buildsite.testing.FolderSnapshot;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build killed on the way (kill -9, a cancelled CI job) leaves nothing that outlives the next build,
 * and a build whose launcher was killed does not go on to replace the output afterwards.
 */
class KilledBuildTest {
    @TempDir
    Path dir;

    private Path source;
    private Path out;

    @BeforeEach
    void aSiteThatTakesSecondsToBuild() throws IOException {
        source = BuildProcess.manyLessons(TestSite.in(dir.resolve("site")), 300).root();
        out = dir.resolve("out");
    }

    private Process startBuild(Map<String, String> env) throws IOException {
        return BuildProcess.of(List.of(), env, "build", "--quiet", "--rebuild", "--source", source.toString(),
                "--output", out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The names beside the output that are neither the site nor the output. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> !n.equals("site") && !n.equals("out"))
                    .sorted().toList();
        }
    }

    private Optional<Path> stagingFolder() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".out.tmp-")).findFirst();
        }
    }

    private Path awaitStagingFolder(Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && build.isAlive()) {
            Optional<Path> staging = stagingFolder();
            if (staging.isPresent() && Files.exists(staging.get().resolve("lessons"))) {
                return staging.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the build never started writing");
    }

    private TestSite.Result buildHere(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--quiet", "--source", source.toString(),
                "--output", out.toString()));
        args.addAll(List.of(extra));
        return TestSite.run(args.toArray(String[]::new));
    }

    @Test
    void whatABuildKilledWhileWritingLeftIsRemovedByTheNextBuild() throws Exception {
        Process build = startBuild(Map.of("BUILD_SITE_SAME_JVM", "1"));
        Path staging = awaitStagingFolder(build);
        build.destroyForcibly().waitFor();
        assertThat(staging).isDirectory();

        TestSite.Result next = buildHere();

        assertThat(next.exitCode()).as(next.stderr()).isZero();
        assertThat(leftovers()).isEmpty();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void anUpToDateBuildAlsoRemovesWhatAKilledBuildLeft() throws Exception {
        assertThat(buildHere().exitCode()).isZero();
        Process build = startBuild(Map.of("BUILD_SITE_SAME_JVM", "1"));
        awaitStagingFolder(build);
        build.destroyForcibly().waitFor();
        Map<String, String> output = FolderSnapshot.of(out);
        Object folder = FileIdentities.folder(out);

        TestSite.Result next = TestSite.run("build", "--source", source.toString(), "--output", out.toString());

        assertThat(next.exitCode()).as(next.stderr()).isZero();
        assertThat(FileIdentities.folder(out)).as("the output folder, which only a build that runs replaces").isEqualTo(folder);
        assertThat(leftovers()).isEmpty();
        assertThat(FolderSnapshot.of(out)).isEqualTo(output);
    }

    @Test
    void twoBuildsOfOneOutputAtOnceLeaveEachOthersFoldersAlone() throws Exception {
        Process other = startBuild(Map.of("BUILD_SITE_SAME_JVM", "1"));
        Path staging = awaitStagingFolder(other);
        // The other build stands still while this one runs from start to end.
        signal("STOP", other);
        TestSite.Result result;
        try {
            result = buildHere("--rebuild");
            assertThat(staging).isDirectory();
        } finally {
            signal("CONT", other);
        }

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isZero();
        assertThat(leftovers()).isEmpty();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void whenTheLauncherIsKilledTheBuildJvmStopsAndNeverReplacesTheOutput() throws Exception {
        Process launcher = startBuild(Map.of());
        ProcessHandle child = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child == null && System.nanoTime() < deadline && launcher.isAlive()) {
            child = launcher.toHandle().children().findFirst().orElse(null);
            Thread.sleep(5);
        }
        assertThat(child).as("the build JVM").isNotNull();

        launcher.destroyForcibly().waitFor();
        child.onExit().get(30, TimeUnit.SECONDS);

        assertThat(child.isAlive()).isFalse();
        assertThat(out).doesNotExist();
    }

    private static void signal(String signal, Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }
}
