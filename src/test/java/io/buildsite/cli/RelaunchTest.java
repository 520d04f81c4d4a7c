package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** build and check move to a JVM with batch settings, unless the user chose JVM settings of their own. */
class RelaunchTest {
    @TempDir
    Path dir;

    @Test
    void buildAndCheckStartedPlainlyMove() {
        assertThat(Relaunch.wanted(new String[] {"build", "--source", "x"}, List::of, null, null)).isTrue();
        assertThat(Relaunch.wanted(new String[] {"check"}, List::of, null, null)).isTrue();
    }

    @Test
    void serveAndTheOtherCommandsStay() {
        for (String command : new String[] {"serve", "new", "translations", "--help", "--version"}) {
            assertThat(Relaunch.wanted(new String[] {command}, List::of, null, null)).as(command).isFalse();
        }
        assertThat(Relaunch.wanted(new String[0], List::of, null, null)).isFalse();
    }

    @Test
    void aJvmOptionOfTheUsersOwnIsRespected() {
        assertThat(Relaunch.wanted(new String[] {"build"}, () -> List.of("-Xmx512m"), null, null)).isFalse();
    }

    @Test
    void neverTwiceAndNotWhenAskedToStay() {
        assertThat(Relaunch.wanted(new String[] {"build"}, List::of, null, "true")).isFalse();
        assertThat(Relaunch.wanted(new String[] {"build"}, List::of, "1", null)).isFalse();
    }

    @Test
    void theSecondJvmRunsTheSameJavaClassPathAndArgumentsWithBatchSettings() {
        assertThat(Relaunch.command("/usr/bin/java", "a.jar", List.of("-XX:TieredStopAtLevel=1"),
                new String[] {"build", "--strict"})).containsExactly("/usr/bin/java", "-XX:TieredStopAtLevel=1",
                "-Dbuild-site.relaunched=true", "-Dbuild-site.watch-launcher=" + ProcessHandle.current().pid(), "-cp", "a.jar", "io.buildsite.cli.Main",
                "build", "--strict");
    }

    @Test
    void underALocaleThatIsNotUtf8TheSecondJvmGetsAUtf8One() {
        assertThat(Relaunch.environment("ANSI_X3.4-1968")).containsExactly(java.util.Map.entry("LC_ALL", "C.UTF-8"));
        assertThat(Relaunch.environment("UTF-8")).isEmpty();
    }

    @Test
    void aClassDataArchiveBesideTheJarIsMapped() throws Exception {
        java.nio.file.Path jar = java.nio.file.Files.createFile(dir.resolve("build-site.jar"));
        java.nio.file.Files.createFile(dir.resolve("build-site.jsa"));

        assertThat(Relaunch.command("/usr/bin/java", jar.toString(), List.of(), new String[] {"build"}))
                .contains("-XX:SharedArchiveFile=" + dir.resolve("build-site.jsa"), "-Xlog:cds*=off");
    }

    @Test
    void onJava25AnAheadOfTimeCacheBesideTheJarIsUsedInsteadOfTheArchive() throws Exception {
        java.nio.file.Path jar = java.nio.file.Files.createFile(dir.resolve("build-site.jar"));
        java.nio.file.Files.createFile(dir.resolve("build-site.jsa"));
        java.nio.file.Files.createFile(dir.resolve("build-site.aot"));

        assertThat(Relaunch.command("/usr/bin/java", jar.toString(), List.of(), new String[] {"build"}, 25))
                .contains("-XX:AOTCache=" + dir.resolve("build-site.aot"), "-Xlog:aot*=off", "-Xlog:cds*=off")
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        assertThat(Relaunch.command("/usr/bin/java", jar.toString(), List.of(), new String[] {"build"}, 17))
                .contains("-XX:SharedArchiveFile=" + dir.resolve("build-site.jsa"))
                .noneMatch(option -> option.startsWith("-XX:AOTCache"));
    }

    @Test
    void withoutAnArchiveOrWithSeveralClassPathEntriesNoneIsAskedFor() throws Exception {
        java.nio.file.Path jar = java.nio.file.Files.createFile(dir.resolve("build-site.jar"));
        java.nio.file.Files.createFile(dir.resolve("lib.jsa"));

        assertThat(Relaunch.command("/usr/bin/java", jar.toString(), List.of(), new String[] {"build"}))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        assertThat(Relaunch.classDataArchive(dir.resolve("lib.jar") + java.io.File.pathSeparator + jar)).isNull();
    }

    @Test
    void everySiteGetsTheSerialCollectorWithASmallYoungGenerationAndSmallOnesTheQuickCompiler() {
        assertThat(Relaunch.options(20L << 20)).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:MaxNewSize=96m");
        assertThat(Relaunch.options(300L << 20)).containsExactly("-XX:+UseSerialGC", "-XX:MaxNewSize=96m");
    }

    @Test
    void theContentSizeIsMeasuredUnderTheSourceGiven() throws Exception {
        TestSite.in(dir).file("content/a.md", "x".repeat(1000)).file("data/quizzes/q.json", "y".repeat(500))
                .file("templates/base.peb", "z".repeat(9000));

        assertThat(Relaunch.contentBytes(new String[] {"build", "--source", dir.toString()})).isEqualTo(1500);
        assertThat(Relaunch.contentBytes(new String[] {"build", "--source=" + dir})).isEqualTo(1500);
        assertThat(Relaunch.contentBytes(new String[] {"build", "--source", dir.resolve("missing").toString()})).isZero();
    }

    @Test
    void aBuildStartedAsAProgramReportsItsDiagnosticsAndExitCodeAsOneRunInProcess() throws Exception {
        TestSite.in(dir.resolve("site")).course("c", "title: C").lesson("c", "01-a.md", "title: [unclosed", "x");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", dir.resolve("site").toString(), "--output", dir.resolve("out").toString())
                .redirectErrorStream(false).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(stderr).contains("content/series/cat/c/chapters/01-a/lessons/01-a.md:3:1: error: invalid YAML");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
