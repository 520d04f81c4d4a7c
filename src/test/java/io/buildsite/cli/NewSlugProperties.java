package io.buildsite.cli;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.Slugs;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code new} and the loader share one slug rule: {@code new} writes exactly the slugs the loader accepts,
 * and what it writes loads under the slug it was given, without a problem.
 */
class NewSlugProperties {
    @Provide
    Arbitrary<String> slugs() {
        // Words YAML reads as something other than text, names only the shared rule allows, and names it refuses.
        Arbitrary<String> chosen = Arbitraries.of("on", "Off", "yes", "null", "true", "0123", "1.10", "1e5", "0x1F",
                "1_000", "2024-01-01", "aws.saa", "Ôn-tập", "bài-1", "x~y", ".hidden", "a..b", "a/b", "-x", "a b",
                "ệ".repeat(66), "ệ".repeat(67));
        Arbitrary<String> made = Arbitraries.strings().withChars("a0.-_~éệ/ ").ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(chosen, made);
    }

    @Property(tries = 40)
    void aNewCourseLoadsUnderItsSlugExactlyWhenTheLoaderAcceptsIt(@ForAll("slugs") String slug) throws IOException {
        Path dir = Files.createTempDirectory("new-slug-");
        try {
            Files.createDirectories(dir.resolve("content"));

            // Attached, so that a slug such as "--" or "-x" is the option's value, not an option of its own.
            TestSite.Result result = TestSite.run("new", "course", "--title", "T", "--slug=" + slug, "--source", dir.toString());

            if (!Slugs.isSafe(slug)) {
                assertRefused(result, slug);
                return;
            }
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(loadedCleanly(dir).courses()).extracting(Course::slug).containsExactly(slug);
        } finally {
            delete(dir);
        }
    }

    /** A usage error naming the slug's problem; "--", the command line's end of options, picocli refuses first. */
    private static void assertRefused(TestSite.Result result, String slug) {
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        if (slug.startsWith("--")) {
            assertThat(result.stderr()).contains("option '--slug'");
        } else {
            assertThat(result.stderr().strip()).isEqualTo("build-site: " + Slugs.problem("--slug", slug));
        }
    }

    @Property(tries = 20)
    void aNewQuizBankLoadsUnderItsSlugExactlyWhenTheLoaderAcceptsIt(@ForAll("slugs") String slug) throws IOException {
        Path dir = Files.createTempDirectory("new-quiz-slug-");
        try {
            Files.createDirectories(dir.resolve("content"));
            TestSite.run("new", "course", "--title", "Course", "--source", dir.toString());

            TestSite.Result result = TestSite.run("new", "quiz", "--course", "course", "--slug=" + slug, "--source", dir.toString());

            if (!Slugs.isSafe(slug)) {
                assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
                return;
            }
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            SiteSource site = loadedCleanly(dir);
            assertThat(site.quizzes()).extracting(QuizBank::slug).containsExactly(slug);
            assertThat(site.courses()).extracting(Course::quizSlug).containsExactly(slug);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 20)
    void aNewPostLoadsUnderItsSlugExactlyWhenTheLoaderAcceptsIt(@ForAll("slugs") String slug) throws IOException {
        Path dir = Files.createTempDirectory("new-post-slug-");
        try {
            Files.createDirectories(dir.resolve("content"));

            TestSite.Result result = TestSite.run("new", "post", "T", "--slug=" + slug, "--source", dir.toString());

            if (!Slugs.isSafe(slug)) {
                assertRefused(result, slug);
                return;
            }
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(loadedCleanly(dir).posts()).extracting(BlogPost::slug).containsExactly(slug);
        } finally {
            delete(dir);
        }
    }

    private static SiteSource loadedCleanly(Path dir) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        SiteSource site = new SourceLoader(dir, diagnostics).load(null);
        assertThat(diagnostics.sorted()).isEmpty();
        return site;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
