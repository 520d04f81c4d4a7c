package io.buildsite.e2e;

import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same input gives the same output, and a rebuild leaves unchanged files untouched. */
class DeterministicOutputTest {
    @TempDir
    Path dir;

    private TestSite.Result build(Path source, Path output) {
        return TestSite.run("build", "--quiet", "--source", source.toString(), "--output", output.toString());
    }

    @Test
    void twoBuildsOfTheCorpusAreByteIdentical() throws IOException {
        Path corpus = SharedCorpus.root();
        assertThat(build(corpus, dir.resolve("a")).exitCode()).isZero();
        assertThat(build(corpus, dir.resolve("b")).exitCode()).isZero();

        Map<String, byte[]> a = contents(dir.resolve("a"));
        Map<String, byte[]> b = contents(dir.resolve("b"));

        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSizeGreaterThan(50);
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aBuildOnOneThreadIsByteIdenticalToABuildOnMany() throws Exception {
        Path corpus = SharedCorpus.root();
        assertThat(onThreads(1, () -> build(corpus, dir.resolve("one")))).isZero();
        assertThat(onThreads(4, () -> build(corpus, dir.resolve("four")))).isZero();

        Map<String, byte[]> one = contents(dir.resolve("one"));
        Map<String, byte[]> four = contents(dir.resolve("four"));

        assertThat(four.keySet()).isEqualTo(one.keySet()).hasSizeGreaterThan(50);
        one.forEach((path, bytes) -> assertThat(four.get(path)).as(path).isEqualTo(bytes));
    }

    /** Runs a build in a pool of that many threads: the parallel streams of a build run in the caller's pool. */
    private static int onThreads(int threads, java.util.function.Supplier<TestSite.Result> build) throws Exception {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(() -> build.get().exitCode()).get();
        } finally {
            pool.shutdown();
        }
    }

    /** The corpus built into {@code out}, and the identities of the files written. */
    private Map<String, Object> corpusBuiltInto(Path out) throws IOException {
        assertThat(build(SharedCorpus.root(), out).exitCode()).isZero();
        return identities(out);
    }

    @Test
    void aSecondBuildRewritesNoFile() throws IOException {
        Path out = dir.resolve("site");
        Map<String, Object> before = corpusBuiltInto(out);

        assertThat(build(SharedCorpus.root(), out).exitCode()).isZero();

        assertThat(identities(out)).isEqualTo(before);
    }

    @Test
    void aForcedRebuildOfAnUnchangedSiteRewritesNoFile() throws IOException {
        Path out = dir.resolve("site");
        Map<String, Object> before = corpusBuiltInto(out);

        TestSite.Result rebuilt = TestSite.run("build", "--rebuild", "--source", SharedCorpus.root().toString(),
                "--output", out.toString());

        assertThat(rebuilt.exitCode()).isZero();
        assertThat(rebuilt.stderr()).contains("render:", "write:").doesNotContain("up to date");
        assertThat(identities(out)).isEqualTo(before);
    }

    @Test
    void aRebuildAfterAnEditRewritesOnlyWhatChanged() throws IOException {
        Path site = dir.resolve("src");
        TestSite.in(site)
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>first</p>")
                .lesson("c", "02-b.md", "title: B\nslug: b", "<p>second</p>")
                .file("content/blog/x/p.md", "---\ntitle: P\n---\nPost");
        Path out = dir.resolve("out");
        assertThat(build(site, out).exitCode()).isZero();
        Map<String, Object> before = identities(out);

        TestSite.in(site).lesson("c", "02-b.md", "title: B\nslug: b", "<p>second, edited</p>");
        assertThat(build(site, out).exitCode()).isZero();
        Map<String, Object> after = identities(out);

        java.util.List<String> changed = changed(before, after);
        assertThat(changed).contains("lessons/c/b/index.html", "en/lessons/c/b/index.html");
        assertThat(changed).filteredOn(p -> !p.endsWith("/c/b/index.html"))
                .as("besides the edited lesson, only the search index files that hold its words")
                .allMatch(p -> p.startsWith("search/") || p.startsWith("en/search/"));
    }

    private static java.util.List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
    }

    /** Every file of an output, hidden ones included. */
    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Each file's inode and modification time: both stay when a file is not rewritten. */
    private static Map<String, Object> identities(Path root) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                FileTime modified = Files.getLastModifiedTime(p);
                files.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino") + "@" + modified);
            }
        }
        return files;
    }
}
