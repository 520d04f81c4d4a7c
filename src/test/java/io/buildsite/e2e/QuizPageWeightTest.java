package io.buildsite.e2e;

import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser downloads to run a quiz page: every stylesheet and script the page names, and every
 * module those scripts import, together at most 40 KiB gzipped.
 */
class QuizPageWeightTest {
    private static final long BUDGET = 40 * 1024;
    /** {@code import … from './x.js'} and {@code import './x.js'}: the static imports a browser fetches. */
    private static final Pattern STATIC_IMPORT = Pattern.compile("^\\s*import\\s*(?:[^'\";]*?\\sfrom\\s*)?['\"]([^'\"]+)['\"]",
            Pattern.MULTILINE);
    private static final String BANK = """
            {"title": "Q", "duration_minutes": 10, "passing_score": 70,
             "domains": [{"name": "D", "weight": 100}],
             "questions": [{"id": 1, "domain": "D", "question": "Which?", "options": ["A", "B"], "correct": 0}]}""";

    @TempDir
    Path dir;

    @Test
    void theQuizPagesScriptsAndStylesWeighAtMost40KibGzipped() throws IOException {
        TestSite site = TestSite.in(dir).file("content/.keep", "").file("data/quizzes/q.json", BANK);
        assertThat(site.build().exitCode()).isZero();

        Set<Path> loaded = filesLoadedBy(site.output().resolve("luyen-thi/q/index.html"));

        assertThat(loaded).extracting(file -> site.output().relativize(file).toString())
                .contains("assets/site.css", "assets/quiz.css", "assets/site.js", "assets/quiz.js")
                .containsAll(shippedQuizModules(site.output()));
        long total = 0;
        for (Path file : loaded) {
            total += gzippedSize(Files.readAllBytes(file));
        }
        assertThat(total).as("gzipped bytes of %s", loaded).isLessThanOrEqualTo(BUDGET);
    }

    /** The page's stylesheets and scripts, then the modules they import, each once; a missing one fails. */
    private static Set<Path> filesLoadedBy(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Deque<Path> pending = new ArrayDeque<>();
        for (Element element : doc.select("link[rel=stylesheet][href], script[src]")) {
            pending.add(page.getParent().resolve(element.hasAttr("href") ? element.attr("href") : element.attr("src")).normalize());
        }
        Set<Path> loaded = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Path file = pending.remove();
            assertThat(file).as("a file the quiz page loads").isRegularFile();
            if (loaded.add(file) && file.toString().endsWith(".js")) {
                Matcher imported = STATIC_IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    pending.add(file.getParent().resolve(imported.group(1)).normalize());
                }
            }
        }
        return loaded;
    }

    /** Every script the theme ships for the quiz, so none goes uncounted. */
    private static Set<String> shippedQuizModules(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output.resolve("assets/quiz"))) {
            Set<String> names = new LinkedHashSet<>();
            files.filter(Files::isRegularFile).forEach(file -> names.add(output.relativize(file).toString()));
            assertThat(names).as("the quiz's modules").isNotEmpty();
            return names;
        }
    }

    private static long gzippedSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
