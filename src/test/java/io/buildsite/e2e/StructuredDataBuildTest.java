package io.buildsite.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildsite.testing.JsonLd;
import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the sample site and of the shared corpus describes itself in JSON-LD as search engines expect. */
class StructuredDataBuildTest {
    private static Map<String, Document> sample;
    private static Map<String, Document> corpus;
    private static Map<String, Document> corpusWithoutAddress;

    @BeforeAll
    static void build() throws IOException {
        sample = pages(ProjectSite.root());
        corpus = pages(SharedCorpus.root(), "--base-url", "https://corpus.example/");
        corpusWithoutAddress = pages(SharedCorpus.root());
    }

    @Test
    void everyCoursePageIsACourseWithWhatGoogleRequires() {
        for (Map<String, Document> site : List.of(sample, corpus)) {
            assertThat(ofKind(site, "course")).isNotEmpty().allSatisfy((path, page) -> {
                JsonNode course = JsonLd.ofType(page, "Course").orElseThrow();
                assertThat(course.path("name").asText()).as(path).isNotBlank();
                assertThat(course.path("description").asText()).as(path).isNotBlank();
                assertThat(course.path("provider").path("@type").asText()).as(path).isEqualTo("Organization");
                assertThat(course.path("provider").path("name").asText()).as(path).isNotBlank();
                assertThat(course.path("offers").get(0).path("category").asText()).as(path).isEqualTo("Free");
                JsonNode instance = course.path("hasCourseInstance").get(0);
                assertThat(instance.path("courseMode").asText()).as(path).isEqualTo("online");
                assertThat(instance.path("courseWorkload").asText()).as(path).matches("PT(\\d+H)?(\\d+M)?");
                assertThat(course.path("syllabusSections")).as(path).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.path("@type").asText()).isEqualTo("Syllabus"));
            });
        }
    }

    @Test
    void everyLessonIsALearningResourceInItsCourse() {
        for (Map<String, Document> site : List.of(sample, corpus)) {
            assertThat(ofKind(site, "lesson")).isNotEmpty().allSatisfy((path, page) -> {
                JsonNode lesson = JsonLd.ofType(page, "LearningResource").orElseThrow();
                assertThat(lesson.path("name").asText()).as(path).isEqualTo(page.selectFirst("h1").text());
                assertThat(lesson.path("isPartOf").path("@type").asText()).as(path).isEqualTo("Course");
                assertThat(lesson.path("position").asInt()).as(path).isPositive();
                assertThat(lesson.path("inLanguage").asText()).as(path).isNotBlank();
            });
        }
    }

    @Test
    void everyQuizIsAlignedToItsDomainsAndCarriesNoAnswer() {
        for (Map<String, Document> site : List.of(sample, corpus)) {
            assertThat(ofKind(site, "quiz")).isNotEmpty().allSatisfy((path, page) -> {
                JsonNode quiz = JsonLd.ofType(page, "Quiz").orElseThrow();
                assertThat(quiz.path("educationalAlignment")).as(path).isNotEmpty().allSatisfy(a -> {
                    assertThat(a.path("@type").asText()).isEqualTo("AlignmentObject");
                    assertThat(a.path("targetName").asText()).isNotBlank();
                });
                List<String> texts = new ArrayList<>();
                page.select("script[type=application/ld+json]").forEach(s -> texts.addAll(JsonLd.texts(JsonLd.parse(s.data()))));
                assertThat(texts).as(path).doesNotContainAnyElementsOf(answers(page));
                assertThat(page.select("script[type=application/ld+json]").outerHtml()).doesNotContain("acceptedAnswer");
            });
        }
    }

    @Test
    void everyPostIsABlogPostingWithItsDateAndAuthor() {
        for (Map<String, Document> site : List.of(sample, corpus)) {
            assertThat(ofKind(site, "post")).isNotEmpty().allSatisfy((path, page) -> {
                JsonNode post = JsonLd.ofType(page, "BlogPosting").orElseThrow();
                assertThat(post.path("headline").asText()).as(path).isNotBlank();
                assertThat(post.path("datePublished").asText()).as(path).matches("\\d{4}-\\d{2}-\\d{2}.*");
                assertThat(post.path("author").path("name").asText()).as(path).isNotBlank();
            });
        }
    }

    @Test
    void everyShownBreadcrumbTrailIsABreadcrumbListOfAbsoluteAddresses() {
        for (Map<String, Document> site : List.of(sample, corpus)) {
            site.forEach((path, page) -> {
                List<String> shown = page.select("nav.breadcrumbs li").eachText();
                if (shown.isEmpty()) {
                    assertThat(JsonLd.ofType(page, "BreadcrumbList")).as(path).isEmpty();
                    return;
                }
                JsonNode items = JsonLd.ofType(page, "BreadcrumbList").orElseThrow().path("itemListElement");
                assertThat(items).as(path).hasSize(shown.size());
                for (int i = 0; i < shown.size(); i++) {
                    assertThat(items.get(i).path("position").asInt()).as(path).isEqualTo(i + 1);
                    assertThat(items.get(i).path("name").asText()).as(path).isEqualTo(shown.get(i));
                    assertThat(items.get(i).path("item").asText()).as(path).startsWith("https://");
                }
            });
        }
    }

    @Test
    void theHomePageIsAWebSiteSearchableByAddress() {
        JsonNode site = JsonLd.ofType(corpus.get("index.html"), "WebSite").orElseThrow();

        assertThat(site.path("url").asText()).isEqualTo("https://corpus.example/");
        assertThat(site.path("potentialAction").path("target").path("urlTemplate").asText())
                .isEqualTo("https://corpus.example/?q={search_term_string}");
        assertThat(site.path("potentialAction").path("query-input").asText()).isEqualTo("required name=search_term_string");
    }

    @Test
    void withoutTheSiteAddressNoNodeCarriesAnAddress() {
        assertThat(corpusWithoutAddress).allSatisfy((path, page) -> {
            String json = page.select("script[type=application/ld+json]").html();
            assertThat(json).as(path).doesNotContain("\"url\"", "\"@id\"", "\"item\"", "SearchAction");
        });
        assertThat(JsonLd.ofType(corpusWithoutAddress.get("index.html"), "WebSite")).isPresent();
    }

    /** Each question's right option and explanation, as the page's own quiz data holds them. */
    private static List<String> answers(Document page) {
        List<String> answers = new ArrayList<>();
        for (JsonNode q : JsonLd.parse(page.getElementById("quiz-data").data()).path("questions")) {
            answers.add(q.path("options").get(q.path("correct").asInt()).asText());
            answers.add(q.path("explanation").asText());
        }
        assertThat(answers).isNotEmpty();
        return answers;
    }

    private static Map<String, Document> ofKind(Map<String, Document> site, String kind) {
        Map<String, Document> pages = new LinkedHashMap<>();
        site.forEach((path, page) -> {
            Element body = page.body();
            if (body.hasClass("page-" + kind)) {
                pages.put(path, page);
            }
        });
        return pages;
    }

    private static Map<String, Document> pages(Path source, String... extra) throws IOException {
        Path out = Files.createTempDirectory("structured-data").resolve("out");
        List<String> args = new ArrayList<>(List.of("build", "--quiet", "--source", source.toString(),
                "--output", out.toString()));
        args.addAll(List.of(extra));
        TestSite.Result result = TestSite.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Map<String, Document> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.put(out.relativize(file).toString(), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
        return pages;
    }
}
