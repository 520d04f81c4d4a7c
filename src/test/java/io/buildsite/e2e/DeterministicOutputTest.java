package io.buildsite.e2e;

import io.buildsite.testing.FileIdentities;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same input gives the same output, and a rebuild leaves unchanged files untouched. */
class DeterministicOutputTest {
    @TempDir
    Path dir;

    private TestSite.Result build(Path source, Path output, String... extra) {
        return TestSite.run(Stream.concat(Stream.of("build", "--quiet", "--source", source.toString(), "--output",
                output.toString()), Stream.of(extra)).toArray(String[]::new));
    }

    /** A build with an empty cache of its own: it renders every page, reading none an earlier build rendered. */
    private TestSite.Result buildAfresh(Path source, Path output, String... extra) {
        String cache = dir.resolve(output.getFileName() + ".cache").toString();
        return build(source, output, Stream.concat(Stream.of(extra), Stream.of("--cache-dir", cache)).toArray(String[]::new));
    }

    @Test
    void twoBuildsOfTheCorpusAreByteIdentical() throws IOException {
        Path corpus = SharedCorpus.root();
        assertThat(buildAfresh(corpus, dir.resolve("a")).exitCode()).isZero();
        assertThat(buildAfresh(corpus, dir.resolve("b")).exitCode()).isZero();

        assertSameFiles(contents(dir.resolve("a")), contents(dir.resolve("b")));
    }

    @Test
    void aBuildOnOneThreadIsByteIdenticalToABuildOnMany() throws Exception {
        Path corpus = SharedCorpus.root();
        assertThat(onThreads(1, () -> buildAfresh(corpus, dir.resolve("one")))).isZero();
        assertThat(onThreads(4, () -> buildAfresh(corpus, dir.resolve("four")))).isZero();

        assertSameFiles(contents(dir.resolve("one")), contents(dir.resolve("four")));
    }

    /** Runs a build in a pool of that many threads: the parallel streams of a build run in the caller's pool. */
    private static int onThreads(int threads, Supplier<TestSite.Result> build) throws Exception {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(() -> build.get().exitCode()).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aForcedRebuildWithAnEmptyCacheWritesTheSameBytesAndRewritesNoFile() throws IOException {
        Path out = dir.resolve("site");
        assertThat(build(SharedCorpus.root(), out).exitCode()).isZero();
        Map<String, byte[]> first = contents(out);

        assertRunsAndRewritesNoFile(out, () -> buildAfresh(SharedCorpus.root(), out, "--rebuild"));

        assertSameFiles(first, contents(out));
    }

    @Test
    void aForcedRebuildOfAnUnchangedSiteRewritesNoFile() throws IOException {
        Path out = dir.resolve("site");
        assertThat(build(SharedCorpus.root(), out).exitCode()).isZero();

        assertRunsAndRewritesNoFile(out, () -> build(SharedCorpus.root(), out, "--rebuild"));
    }

    /** The build of a built output runs (it puts a new output folder in place) and yet writes no file anew. */
    private static void assertRunsAndRewritesNoFile(Path out, Supplier<TestSite.Result> rebuild) throws IOException {
        Map<String, String> written = FileIdentities.of(out);
        Object folder = FileIdentities.folder(out);

        assertThat(rebuild.get().exitCode()).isZero();

        assertThat(FileIdentities.folder(out)).as("the output folder, which a build that runs replaces").isNotEqualTo(folder);
        assertThat(FileIdentities.of(out)).as("the files, none written anew").isEqualTo(written);
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
        Map<String, String> before = FileIdentities.of(out);

        TestSite.in(site).lesson("c", "02-b.md", "title: B\nslug: b", "<p>second, edited</p>");
        assertThat(build(site, out).exitCode()).isZero();
        Map<String, String> after = FileIdentities.of(out);

        java.util.List<String> changed = changed(before, after);
        assertThat(changed).contains("lessons/c/b/index.html", "en/lessons/c/b/index.html");
        assertThat(changed).filteredOn(p -> !p.endsWith("/c/b/index.html") && !p.endsWith("/c/b/index.md"))
                .as("besides the edited lesson and its Markdown copy, only the search index files that hold its words"
                        + " and the files of every lesson's Markdown")
                .allMatch(p -> p.startsWith("search/") || p.startsWith("en/search/") || p.endsWith("llms-full.txt"));
    }

    private static java.util.List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
    }

    /** The same files, byte for byte; the corpus makes more than 50. */
    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet()).hasSizeGreaterThan(50);
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
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
}
