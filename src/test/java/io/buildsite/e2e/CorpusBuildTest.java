package io.buildsite.e2e;

import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.SiteCrawler;
import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real content in ../shared/corpus builds, completely, safely, with every link working. */
class CorpusBuildTest {
    private static Path corpus;
    private static Path site;
    private static TestSite.Result result;

    @BeforeAll
    static void build() throws IOException {
        corpus = SharedCorpus.root();
        site = Files.createTempDirectory("corpus-site").resolve("out");
        result = TestSite.run("build", "--quiet", "--source", corpus.toString(), "--output", site.toString());
    }

    @Test
    void exitsZeroWithWarningsOnlyForWhatTheCorpusLacks() {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        // 5 images the corpus does not ship, 17 lessons its indexes list but it does not have, and the
        // address, title and description, which it has no site.yaml to give; and its two quiz banks, whose
        // right answers are mostly B
        assertThat(result.diagnostics()).hasSize(27).allMatch(d -> d.contains(": warning: ")
                && (d.contains("image not found") || d.contains("is listed but has no file")
                || d.startsWith("site.yaml:1:1: warning: no base_url") || d.startsWith("site.yaml:1:1: warning: no title")
                || d.startsWith("site.yaml:1:1: warning: no description")
                || d.contains("warning: the right answer is B in ")));
        assertThat(result.diagnostics()).filteredOn(d -> d.contains("the right answer is"))
                .extracting(d -> d.substring(0, d.indexOf(", more than")))
                .containsExactlyInAnyOrder(
                        "data/quizzes/cka.json:57:5: warning: the right answer is B in 15 of 20 questions (75%",
                        "data/quizzes/nvidia-dli-generative-ai.json:88:5: warning: the right answer is B in 16 of 20 questions (80%");
    }

    @Test
    void writesALessonPageForEveryLessonFileInBothLanguages() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(corpus.resolve("content/series"))) {
            lessons = files.filter(f -> f.toString().contains("/lessons/") && f.toString().endsWith(".md")).toList();
        }
        assertThat(lessons).hasSize(5);
        for (Path lesson : lessons) {
            String slug = slugOf(lesson);
            String course = lesson.getParent().getParent().getParent().getParent().getFileName().toString();
            assertThat(site.resolve("lessons/" + course + "/" + slug + "/index.html")).isRegularFile();
            assertThat(site.resolve("en/lessons/" + course + "/" + slug + "/index.html")).isRegularFile();
        }
    }

    @Test
    void writesAQuizPageForEveryBankInBothLanguages() throws IOException {
        List<Path> banks;
        try (Stream<Path> files = Files.list(corpus.resolve("data/quizzes"))) {
            banks = files.toList();
        }
        assertThat(banks).hasSize(2);
        for (Path bank : banks) {
            String slug = bank.getFileName().toString().replace(".json", "");
            assertThat(site.resolve("luyen-thi/" + slug + "/index.html")).isRegularFile();
            assertThat(site.resolve("en/luyen-thi/" + slug + "/index.html")).isRegularFile();
        }
    }

    @Test
    void everyInternalReferenceResolves() throws IOException {
        SiteCrawler crawler = new SiteCrawler(site, "/");
        assertThat(crawler.internalLinkCount()).isGreaterThan(300);
        assertThat(crawler.brokenReferences()).isEmpty();
    }

    @Test
    void everyInternalReferenceResolvesUnderASubPath() throws IOException {
        Path sub = Files.createTempDirectory("corpus-sub").resolve("out");
        TestSite.Result built = TestSite.run("build", "--quiet", "--source", corpus.toString(), "--output",
                sub.toString(), "--base-url", "https://example.github.io/repo/");
        assertThat(built.exitCode()).isZero();
        assertThat(new SiteCrawler(sub, "https://example.github.io/repo/").brokenReferences()).isEmpty();
    }

    @Test
    void noPageHoldsAScriptOrEventHandlerTheTemplatesDidNotPutThere() throws IOException {
        Set<String> themeScripts = Set.of("site.js", "prism.js", "quiz.js", "search.js", "progress.js", "math.js");
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element script : doc.select("script")) {
                String src = script.attr("src");
                boolean themeFile = !src.isEmpty() && themeScripts.contains(src.substring(src.lastIndexOf('/') + 1));
                boolean data = script.attr("type").equals("application/json")
                        && Set.of("quiz-data", "quiz-strings").contains(script.id());
                // base.peb's own: applies the reader's theme before first paint.
                boolean themeChoice = script.id().equals("theme-choice") && script.parent() == doc.head();
                // partials/structured-data.peb's: the page's JSON-LD, data that runs nothing.
                boolean structuredData = script.attr("type").equals("application/ld+json") && script.parent() == doc.head();
                if (!themeFile && !data && !themeChoice && !structuredData) {
                    found.add(site.relativize(page) + ": " + script.outerHtml());
                }
            }
            for (Element element : doc.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().toLowerCase().startsWith("on")
                            || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        found.add(site.relativize(page) + ": " + attribute);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void missingImagesBecomePlaceholdersNotBrokenSources() throws IOException {
        String lesson = Files.readString(site.resolve("lessons/luyen-thi-cka/01-kien-truc-cka-kubeadm/index.html"));
        assertThat(lesson).doesNotContain("/storage/uploads/").contains("class=\"img-missing\"");
    }

    private static String slugOf(Path lessonFile) throws IOException {
        return Files.readAllLines(lessonFile).stream().filter(l -> l.startsWith("slug:"))
                .map(l -> l.substring(5).strip().replace("'", "")).findFirst().orElseThrow();
    }
}
