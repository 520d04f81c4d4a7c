package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lesson bodies nested or repeated far beyond what lessons hold (nesting up to 100,000 deep, up to the
 * 4 MiB file limit): a build always ends with a content answer (exit 0, or 1 with a diagnostic at the
 * lesson's line), never an internal error, and in a time that grows at most linearly with the size.
 */
class HostileBodiesProperties {
    private static final String LESSON = "content/series/cat/c/chapters/01-a/lessons/02-hostile.md";
    private static final String HEADER = "---\ntitle: Hostile\nslug: hostile\n---\n";
    private static final int MAX_BYTES = 4 * 1024 * 1024 - HEADER.length();
    /**
     * The bound, linear in the size: 20 s and 20 ms a KiB (102 s for 4 MiB). Rendering stops a body after 5 s
     * of CPU time and 5 ms a KiB; the rest (reading, HTML parsing, a 2-core machine busy with other work)
     * fits in the remainder. Anything that grew with the square of the size would take hours at 4 MiB.
     */
    private static final long BASE_MILLIS = 20_000;
    private static final long MILLIS_PER_KIB = 20;

    /** One construct, nested {@code depth} deep, repeated up to the size. */
    record Hostile(String kind, int depth, int bytes, String body) {
        @Override
        public String toString() {
            return kind + " nested " + depth + " deep, " + bytes + " bytes";
        }
    }

    private record Kind(String name, IntFunction<String> unit) {
    }

    private static final Kind[] KINDS = {
            new Kind("block quotes", d -> ">".repeat(d) + " deep\n"),
            new Kind("list markers", d -> "- ".repeat(d) + "x\n"),
            new Kind("ordered list markers", d -> "1. ".repeat(d) + "x\n"),
            new Kind("indented lists", d -> {
                StringBuilder lines = new StringBuilder();
                for (int level = 0; level < Math.min(d, 2000); level++) {
                    lines.append("  ".repeat(level)).append("- x\n");
                }
                return lines.toString();
            }),
            new Kind("brackets", d -> "[".repeat(d) + "\n"),
            new Kind("asterisks", d -> "*".repeat(d) + "\n"),
            new Kind("angle brackets", d -> "<".repeat(d) + "\n"),
            new Kind("emphasis", d -> "*a _b ".repeat(d / 2 + 1) + "c" + " d_ e*".repeat(d / 2 + 1) + "\n"),
            new Kind("images", d -> "![".repeat(d) + "x" + "](/a.png)".repeat(d) + "\n"),
            new Kind("links", d -> "[a ".repeat(d) + "x" + "](/)".repeat(d) + "\n"),
            new Kind("table columns", d -> "| a ".repeat(d) + "|\n" + "| --- ".repeat(d) + "|\n" + "| b ".repeat(d) + "|\n"),
            new Kind("inline markup", d -> "word *em* **strong** [l](https://example.com) `c` ".repeat(d) + "\n"),
            new Kind("divs", d -> "<div>".repeat(d) + "x" + "</div>".repeat(d) + "\n"),
            new Kind("unclosed divs", d -> "<div>".repeat(d) + "x\n"),
            new Kind("bold tags", d -> "<b>".repeat(d) + "x\n"),
            new Kind("HTML quotes", d -> "<blockquote><b>Tip:</b>".repeat(d) + "x\n"),
            new Kind("pre blocks", d -> "<pre>".repeat(d) + "x < y\n"),
            new Kind("headings in divs", d -> "<div><h2>x".repeat(d) + "\n")};

    @Provide
    Arbitrary<Hostile> bodies() {
        Arbitrary<Kind> kinds = Arbitraries.of(KINDS);
        Arbitrary<Integer> depths = Arbitraries.integers().between(1, 100_000)
                .withDistribution(RandomDistribution.biased());
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, MAX_BYTES)
                .withDistribution(RandomDistribution.biased());
        Arbitrary<Boolean> separated = Arbitraries.of(true, false);
        return Combinators.combine(kinds, depths, sizes, separated).as((kind, depth, size, blankLines) -> {
            String unit = kind.unit().apply(depth) + (blankLines ? "\n" : "");
            StringBuilder body = new StringBuilder(Math.min(size, unit.length() * 4));
            while (body.length() < size) {
                body.append(unit, 0, Math.min(unit.length(), size - body.length()));
            }
            return new Hostile(kind.name(), depth, body.length(), body.toString());
        });
    }

    @Property(tries = 60)
    void aBuildEndsWithAContentAnswerInLinearTime(@ForAll("bodies") Hostile hostile) throws IOException {
        Path root = Files.createTempDirectory("hostile-");
        try {
            TestSite site = TestSite.in(root)
                    .course("c", "title: C")
                    .lesson("c", "01-good.md", "title: Good\nslug: good", "<p>fine</p>\n")
                    .file(LESSON, HEADER + hostile.body());

            long start = System.nanoTime();
            TestSite.Result result = site.build();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(result.exitCode()).as(result.stderr()).isIn(ExitCodes.OK, ExitCodes.CONTENT_ERRORS);
            assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("StackOverflowError");
            if (result.exitCode() == ExitCodes.CONTENT_ERRORS) {
                assertThat(result.diagnostics()).as(result.stderr()).anyMatch(d -> d.startsWith(LESSON + ":")
                        && d.contains(": error: "));
            }
            assertThat(millis).as("%d ms for %d KiB", millis, hostile.bytes() / 1024)
                    .isLessThan(BASE_MILLIS + MILLIS_PER_KIB * hostile.bytes() / 1024);
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
