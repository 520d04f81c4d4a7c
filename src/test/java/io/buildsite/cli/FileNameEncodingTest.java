package io.buildsite.cli;

import io.buildsite.testing.BuildProcess;
import io.buildsite.testing.FolderSnapshot;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Java names files in the locale's character set: under a locale that is not UTF-8 (LANG=C, or a locale
 * that is not installed), a Vietnamese slug is no file name at all. The build JVM is given a UTF-8
 * locale; a build kept in the JVM it was started in says in one line how to fix the locale.
 */
class FileNameEncodingTest {
    private static final Map<String, String> C_LOCALE = Map.of("LC_ALL", "C", "LANG", "C");

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        return TestSite.in(dir.resolve("site")).file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C").lesson("c", "01-a.md", "title: A\nslug: a", "<p>a</p>\n");
    }

    private static Result run(Map<String, String> env, String... args) throws Exception {
        Process process = BuildProcess.of(List.of(), env, args).start();
        process.getOutputStream().close();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stderr, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stderr) {
    }

    @Test
    void aVietnameseSlugIsWrittenUnderALocaleThatIsNotUtf8() throws Exception {
        assumeTrue(utf8LocaleInstalled(), "no C.UTF-8 locale on this machine");
        site().lesson("c", "02-b.md", "title: Bài một\nslug: bài-một", "<p>b</p>\n");

        Result result = run(C_LOCALE, "build", "--quiet", "--source", dir.resolve("site").toString(),
                "--output", dir.resolve("out").toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(dir.resolve("out/lessons/c/bài-một/index.html")).isRegularFile();
    }

    @Test
    void inTheJvmItWasStartedInANameTheLocaleCannotHoldIsOneLineAndExitFour() throws Exception {
        TestSite site = site();
        Path out = dir.resolve("out");
        assertThat(TestSite.run("build", "--quiet", "--source", site.root().toString(), "--output", out.toString())
                .exitCode()).isZero();
        site.lesson("c", "02-b.md", "title: Bài một\nslug: bài-một", "<p>b</p>\n");
        Map<String, String> before = FolderSnapshot.of(dir);

        Result result = run(Map.of("LC_ALL", "C", "LANG", "C", "BUILD_SITE_SAME_JVM", "1"), "build", "--quiet",
                "--source", site.root().toString(), "--output", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(result.stderr().lines()).as(result.stderr()).singleElement().asString()
                .startsWith("build-site: " + out).contains("/lessons/c/b").contains("LC_ALL=C.UTF-8");
        assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void checkInTheJvmItWasStartedInSaysItTheSameWay() throws Exception {
        site().lesson("c", "02-b.md", "title: Bài một\nslug: bài-một", "<p>b</p>\n");

        Result result = run(Map.of("LC_ALL", "C", "LANG", "C", "BUILD_SITE_SAME_JVM", "1"), "check", "--quiet",
                "--source", dir.resolve("site").toString());

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(result.stderr().lines()).as(result.stderr()).singleElement().asString()
                .startsWith("build-site: ").contains("/lessons/c/b").contains("LC_ALL=C.UTF-8");
        assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Whether a JVM started with LC_ALL=C.UTF-8 names files in UTF-8. */
    private static boolean utf8LocaleInstalled() throws Exception {
        ProcessBuilder java = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-XshowSettings:properties", "-version").redirectErrorStream(true);
        java.environment().put("LC_ALL", "C.UTF-8");
        Process probe = java.start();
        probe.getOutputStream().close();
        String settings = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        probe.waitFor();
        return Stream.of(settings.split("\n")).anyMatch(l -> l.strip().equals("sun.jnu.encoding = UTF-8"));
    }
}
