package io.buildsite.cli;

import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command started the way the README tells an author: from inside a copy of the sample site, as
 * its own program, with relative paths or none.
 */
class StartedInsideTheSiteTest {
    private static final String LESSON =
            "content/series/luyen-thi/luyen-thi-git-github/chapters/01-nen-tang/lessons/03-lich-su-hoan-tac.md";

    @TempDir
    Path dir;

    private Path site;
    private Process serving;

    @BeforeEach
    void copyTheSample() throws IOException {
        site = dir.resolve("site");
        for (String input : List.of("site.yaml", "content", "data")) {
            copy(ProjectSite.root().resolve(input), site.resolve(input));
        }
    }

    @AfterEach
    void stopServing() throws InterruptedException {
        if (serving != null) {
            serving.destroy();
            serving.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveWithoutSourceShowsAnEditedLessonsText() throws Exception {
        assertServesAnEditedLessonsText(site);
    }

    @Test
    void serveWithARelativeSourceShowsAnEditedLessonsText() throws Exception {
        assertServesAnEditedLessonsText(dir, "--source", "site");
    }

    /** Starts serve in {@code workingDir}, saves more text into a lesson, and waits for it to be served. */
    private void assertServesAnEditedLessonsText(Path workingDir, String... source) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
        args.addAll(List.of(source));
        serving = command(workingDir, args.toArray(String[]::new)).start();
        StringBuilder stderr = drain(serving.getErrorStream());
        String base = "http://127.0.0.1:" + port;
        String page = base + "/lessons/luyen-thi-git-github/" + slugOf(site.resolve(LESSON)) + "/";
        waitFor(() -> get(page).contains("<main"), "the lesson to be served", stderr);

        Files.writeString(site.resolve(LESSON), "\n<p>Một đoạn vừa viết thêm.</p>\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        waitFor(() -> get(page).contains("Một đoạn vừa viết thêm."), "the edit to be served", stderr);
        assertThat(stderr.toString()).doesNotContain("rebuild failed");
    }

    @Test
    void buildWithoutOptionsWritesSiteOutputInsideTheSite() throws Exception {
        Result result = run("build");

        assertThat(result.code).as(result.stderr).isZero();
        assertThat(site.resolve("site-output/index.html")).isRegularFile();
        assertThat(site.resolve("site-output/en/index.html")).isRegularFile();
    }

    @Test
    void buildWithARelativeSourceAndOutput() throws Exception {
        Files.createDirectories(dir.resolve("work"));
        Result result = runIn(dir.resolve("work"), "build", "--source", "../site", "--output", "out");

        assertThat(result.code).as(result.stderr).isZero();
        assertThat(dir.resolve("work/out/index.html")).isRegularFile();
    }

    @Test
    void checkWithoutOptionsFindsNoProblemAndWritesNothing() throws Exception {
        Result result = run("check", "--strict");

        assertThat(result.code).as(result.stderr).isZero();
        assertThat(site.resolve("site-output")).doesNotExist();
    }

    @Test
    void newLessonWithoutSourceIsWrittenIntoTheSite() throws Exception {
        Result result = run("new", "lesson", "--course", "luyen-thi-git-github", "--title", "Bài mới");

        assertThat(result.code).as(result.stderr).isZero();
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            assertThat(files.map(Path::toString)).anyMatch(p -> p.endsWith("bai-moi.md"));
        }
        assertThat(run("check").code).isZero();
    }

    @Test
    void translationsWithARelativeSourceListsTheSite() throws Exception {
        Result result = runIn(dir, "translations", "--source", "site");

        assertThat(result.code).as(result.stderr).isZero();
        assertThat(result.stdout).contains("current").contains("missing");
    }

    private record Result(int code, String stdout, String stderr) {
    }

    private Result run(String... args) throws Exception {
        return runIn(site, args);
    }

    private static Result runIn(Path workingDir, String... args) throws Exception {
        Process process = command(workingDir, args).start();
        StringBuilder out = drain(process.getInputStream());
        StringBuilder err = drain(process.getErrorStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        process.getInputStream().close();
        Thread.sleep(50);
        return new Result(process.exitValue(), out.toString(), err.toString());
    }

    /** The program as an author starts it, with this test's class path in place of the jar. */
    private static ProcessBuilder command(Path workingDir, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile());
    }

    private static StringBuilder drain(InputStream stream) {
        StringBuilder text = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                byte[] buffer = new byte[8192];
                for (int n; (n = stream.read(buffer)) > 0; ) {
                    synchronized (text) {
                        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what, StringBuilder stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; serve printed:\n" + stderr);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String slugOf(Path lesson) throws IOException {
        Matcher m = Pattern.compile("(?m)^slug:\\s*(\\S+)").matcher(Files.readString(lesson));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }
}
