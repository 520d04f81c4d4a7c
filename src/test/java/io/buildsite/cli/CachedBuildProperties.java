package io.buildsite.cli;

import io.buildsite.testing.TestImages;
import io.buildsite.testing.TestSite;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After any sequence of edits, a build that reuses the build cache of all the builds before it gives the
 * same exit code, the same diagnostics and byte for byte the same files as a build with an empty cache.
 */
class CachedBuildProperties {
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";

    /** One change an author makes between two builds. */
    enum Edit {
        ADD_PARAGRAPH, ADD_HEADING, LINK_TO_LESSON, LINK_TO_MISSING_ANCHOR, IMAGE_THAT_EXISTS, IMAGE_MISSING,
        ADD_THE_IMAGE, RESIZE_THE_IMAGE, REMOVE_THE_IMAGE, RETITLE_LESSON, SHIFT_BODY_DOWN, RETITLE_SITE, SET_BASE_URL, REMOVE_LESSON,
        RESTORE_LESSON, TRANSLATE_LESSON
    }

    record Step(Edit edit, int lesson) {
        @Override
        public String toString() {
            return edit + " " + lesson;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.of(Edit.class),
                Arbitraries.integers().between(1, 3)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 20)
    void aBuildWithTheCacheEqualsABuildWithout(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("cached-");
        try {
            TestSite site = TestSite.in(dir.resolve("site")).course("c", "title: C");
            for (int i = 1; i <= 3; i++) {
                site.lesson("c", "0" + i + "-l.md", "title: L" + i + "\nslug: l" + i, "<h2 id=\"a\">A</h2>\n\nText " + i + ".\n"
                        // What a body shows, and the line of its warning, depend on the published files and its position.
                        + (i == 1 ? "\n![a](/img/a.png)\n" : "") + (i == 3 ? "\n![b](/img/b.png)\n" : ""));
            }
            Path cache = dir.resolve("cache");
            assertSameAsWithoutCache(site, dir, cache, -1);
            for (int i = 0; i < steps.size(); i++) {
                apply(site, steps.get(i));
                assertSameAsWithoutCache(site, dir, cache, i);
            }
        } finally {
            delete(dir);
        }
    }

    private static void assertSameAsWithoutCache(TestSite site, Path dir, Path cache, int step) throws IOException {
        TestSite.Result cached = TestSite.run("build", "--quiet", "--source", site.root().toString(),
                "--output", dir.resolve("cached-out").toString(), "--cache-dir", cache.toString());
        Path fresh = dir.resolve("fresh-" + step);
        TestSite.Result uncached = TestSite.run("build", "--quiet", "--source", site.root().toString(),
                "--output", fresh.resolve("out").toString(), "--cache-dir", fresh.resolve("cache").toString());

        assertThat(cached.exitCode()).as("step %d: %s", step, cached.stderr()).isEqualTo(uncached.exitCode());
        assertThat(cached.diagnostics()).as("step %d", step).isEqualTo(uncached.diagnostics());
        if (uncached.exitCode() == ExitCodes.OK) {
            assertThat(contents(dir.resolve("cached-out"))).as("step %d", step).isEqualTo(contents(fresh.resolve("out")));
        }
        delete(fresh);
    }

    private static void apply(TestSite site, Step step) throws IOException {
        Path lesson = site.root().resolve(LESSONS + "0" + step.lesson() + "-l.md");
        Path image = site.root().resolve("static/img/a.png");
        switch (step.edit()) {
            case ADD_PARAGRAPH -> append(lesson, "\nMore text " + step.lesson() + ".\n");
            case ADD_HEADING -> append(lesson, "\n<h2 id=\"b\">B</h2>\n");
            case LINK_TO_LESSON -> append(lesson, "\n[next](/lessons/c/l" + (step.lesson() % 3 + 1) + "/)\n");
            case LINK_TO_MISSING_ANCHOR -> append(lesson, "\n[gone](#nowhere)\n");
            case IMAGE_THAT_EXISTS, IMAGE_MISSING -> append(lesson, "\n![a](/img/a.png)\n");
            case ADD_THE_IMAGE -> site.bytes("static/img/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            // The same path at another size: a body that shows it carries other width and height.
            case RESIZE_THE_IMAGE -> site.bytes("static/img/a.png", TestImages.png(10 * step.lesson(), 10));
            case REMOVE_THE_IMAGE -> Files.deleteIfExists(image);
            case RETITLE_LESSON -> replace(lesson, "title: L" + step.lesson(), "title: L" + step.lesson() + " new");
            case SHIFT_BODY_DOWN -> replace(lesson, "slug: ", "description: moved\nslug: ");
            case RETITLE_SITE -> site.file("site.yaml", "title: Site " + step.lesson() + "\n");
            case SET_BASE_URL -> site.file("site.yaml", "title: Site\nbase_url: https://example.com/s" + step.lesson() + "/\n");
            case REMOVE_LESSON -> Files.deleteIfExists(lesson);
            case RESTORE_LESSON -> site.lesson("c", "0" + step.lesson() + "-l.md", "title: L" + step.lesson() + "\nslug: l"
                    + step.lesson(), "<h2 id=\"a\">A</h2>\n\nText " + step.lesson() + " again.\n");
            case TRANSLATE_LESSON -> site.lesson("c", "0" + step.lesson() + "-l.en.md", "title: E" + step.lesson()
                    + "\nslug: l" + step.lesson(), "<h2 id=\"a\">A</h2>\n\nEnglish.\n");
        }
    }

    private static void append(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            Files.writeString(file, Files.readString(file) + text);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        if (Files.exists(file)) {
            Files.writeString(file, Files.readString(file).replace(from, to));
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
