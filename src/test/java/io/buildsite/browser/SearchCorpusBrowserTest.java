package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header search on a site built from the real course content in ../shared/corpus (skipped where
 * that folder is absent): folded Vietnamese queries, English queries on /en/, links that lead to
 * pages, and the keyboard path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCorpusBrowserTest {
    @TempDir
    static Path work;
    private final ObjectMapper json = new ObjectMapper();
    private Path out;
    private Browser browser;
    private WebDriver driver;
    private SearchBox box;
    private Browser.SiteServer site;

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Path corpus = SharedCorpus.root();
        Browser.assumeAvailable();
        out = work.resolve("site");
        TestSite.Result r = TestSite.run("build", "--quiet", "--source", corpus.toString(), "--output", out.toString());
        assertThat(r.exitCode()).as("build of the corpus: %s", r.stderr()).isZero();
        site = Browser.serve(out, "/");
        browser = Browser.launch();
        driver = browser.driver();
        box = new SearchBox(driver);
    }

    @AfterAll
    void quit() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (site != null) {
                site.close();
            }
        }
    }

    @BeforeEach
    void fresh() {
        if (browser != null) {
            browser.javaScriptProblems();
            site.clearNotFound();
        }
    }

    @AfterEach
    void noErrors() {
        if (browser != null) {
            assertThat(browser.javaScriptProblems()).as("JavaScript errors on %s", driver.getCurrentUrl()).isEmpty();
            assertThat(site.notFound()).as("requests answered 404").isEmpty();
        }
    }

    @Test
    void queriesWithoutMarksFindKienTrucAndBaiHoc() {
        box.open(site.url(""));
        assertFinds("kien truc", "kiến", "trúc");
        assertFinds("bai hoc", "bài", "học");
        // Typed with its marks, the same words are found; after the lesson whose address names it, the
        // pages spelling them so come first.
        List<SearchBox.Hit> marked = box.search("kiến trúc");
        assertThat(marked).hasSizeGreaterThan(1);
        assertThat(marked.get(1).marks().stream().map(String::toLowerCase)).contains("kiến", "trúc");
    }

    @Test
    void everyVietnameseTitleIsFoundByItsFoldedWords() throws IOException {
        box.open(site.url(""));
        List<JsonNode> docs = pages(docs("search/docs.json"));
        assertThat(docs).as("the corpus's 2 courses, 5 lessons, 2 quizzes and 1 post").hasSize(10);
        for (JsonNode d : docs) {
            String title = d.get(0).asText();
            String query = distinctiveWords(title);
            List<SearchBox.Hit> hits = box.search(query);
            assertThat(hits.stream().map(SearchBox.Hit::href)).as("results for %s (from %s)", query, title)
                    .contains(site.url(d.get(1).asText()));
        }
    }

    @Test
    void englishQueriesOnTheEnglishTreeFindEnglishPages() throws IOException {
        box.open(site.url("en/"));
        List<JsonNode> docs = pages(docs("en/search/docs.json"));
        assertThat(docs).as("the corpus's 10 pages, in English where they have it").hasSize(10);
        int english = 0;
        for (JsonNode d : docs) {
            if (!d.get(4).asText().equals("en")) {
                continue;
            }
            english++;
            String title = d.get(0).asText();
            String query = distinctiveWords(title);
            List<SearchBox.Hit> hits = box.search(query);
            assertThat(hits.stream().map(SearchBox.Hit::href)).as("results for %s on /en/", query)
                    .contains(site.url("en/" + d.get(1).asText()));
            assertThat(hits).allSatisfy(h -> assertThat(h.href()).startsWith(site.url("en/")));
        }
        assertThat(english).as("English documents in the corpus: its 2 quizzes").isEqualTo(2);
        List<SearchBox.Hit> hits = box.search("certified kubernetes administrator");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).marks()).contains("Certified", "Kubernetes", "Administrator");
        assertThat(box.indexRequests()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(site.url("en/search/")));
    }

    @Test
    void quizQuestionsAreFoundByTheirTextOptionsAndExplanation() throws IOException {
        assertThat(docs("search/docs.json").stream().filter(d -> d.get(2).asText().equals("question")))
                .as("the 20 questions of each of the 2 quizzes").hasSize(40);
        for (String page : List.of("", "en/")) {
            box.open(site.url(page));
            List<SearchBox.Hit> taint = box.search("taint");
            assertThat(taint).isNotEmpty();
            // Question 7 asks about a taint; question 6 names taints among its options.
            assertThat(taint.get(0).href()).isEqualTo(site.url(page + "luyen-thi/cka/#quiz-q-7"));
            assertThat(taint.get(0).context()).contains("CKA — Certified Kubernetes Administrator");
            assertThat(taint.stream().map(SearchBox.Hit::href)).contains(site.url(page + "luyen-thi/cka/#quiz-q-6"));
            List<SearchBox.Hit> selector = box.search("nodeSelector");
            assertThat(selector.stream().map(SearchBox.Hit::href)).contains(site.url(page + "luyen-thi/cka/#quiz-q-6"));
            assertThat(selector.get(0).marks()).contains("nodeSelector");
        }
        SearchBox.assertEveryLinkOpens(driver, site, List.of(site.url("luyen-thi/cka/#quiz-q-7")));
    }

    @Test
    void comingSoonLessonsAreFoundAndLeadToTheirSectionOfTheCourse() {
        box.open(site.url(""));
        List<SearchBox.Hit> hits = box.search("etcd backup restore");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).title()).isEqualTo("Bài 9: etcd Backup & Restore");
        assertThat(hits.get(0).context()).startsWith("Sắp ra mắt");
        assertThat(hits.get(0).href()).startsWith(site.url("series/luyen-thi/luyen-thi-cka/#sec-"));
        SearchBox.assertEveryLinkOpens(driver, site, List.of(hits.get(0).href()));
    }

    @Test
    void kienTrucRanksTheKubernetesArchitectureLessonFirst() {
        box.open(site.url(""));
        // The Kubernetes architecture lesson says "Architecture" only in English; its address
        // (01-kien-truc-cka-kubeadm) names it in Vietnamese. The Transformer lesson writes "kiến trúc" in its text.
        List<SearchBox.Hit> hits = box.search("kiến trúc");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).href()).startsWith(site.url("lessons/luyen-thi-cka/01-kien-truc-cka-kubeadm/"));
        assertThat(hits.stream().map(SearchBox.Hit::href)).anyMatch(href -> href.startsWith(
                site.url("lessons/luyen-thi-nvidia-dli-generative-ai/bai-2-transformer-architecture-attention/")));
    }

    @Test
    void everyResultLinkLeadsToAPageThatExists() {
        Set<String> links = new LinkedHashSet<>();
        for (String page : List.of("", "en/", "lessons/luyen-thi-cka/03-rbac-cka/", "404.html")) {
            box.open(site.url(page));
            for (String q : List.of("kien truc", "bai hoc", "kubernetes", "cluster upgrade", "transformer", "rbac",
                    "luyen thi", "pytorch", "attention", "diffusion")) {
                box.search(q).forEach(h -> links.add(h.href()));
            }
        }
        assertThat(links).hasSizeGreaterThan(10);
        SearchBox.assertEveryLinkOpens(driver, site, links);
    }

    @Test
    void keyboardAlone() {
        box.open(site.url("series/"));
        WebElement input = box.input();
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(box.isFocused(input)).isTrue();
        driver.switchTo().activeElement().sendKeys("kien truc");
        List<SearchBox.Hit> hits = box.awaitResults("kien truc");
        assertThat(hits).isNotEmpty();
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(hits.get(0).id());
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(hits.get(0).href()));
        assertThat(site.notFound()).isEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(hits.get(0).title());
    }

    private void assertFinds(String query, String... marked) {
        List<SearchBox.Hit> hits = box.search(query);
        assertThat(hits).as("results for %s", query).isNotEmpty();
        List<String> marks = hits.stream().flatMap(h -> h.marks().stream()).map(String::toLowerCase).toList();
        assertThat(marks).as("highlighted words for %s", query).contains(marked);
        for (SearchBox.Hit h : hits) {
            assertThat(h.marks()).as("marks of %s", h.title()).isNotEmpty();
        }
    }

    /** The documents that are pages of their own (not a question or a coming-soon entry). */
    private static List<JsonNode> pages(List<JsonNode> docs) {
        return docs.stream().filter(d -> Set.of("course", "lesson", "quiz", "post").contains(d.get(2).asText())).toList();
    }

    private List<JsonNode> docs(String file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        json.readTree(out.resolve(file).toFile()).path("docs").forEach(docs::add);
        return docs;
    }

    /** The title's three longest indexable words, folded (no marks): what a reader might type. */
    private static String distinctiveWords(String title) {
        return Arrays.stream(SearchBox.fold(title).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 1).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(3)
                .reduce((a, b) -> a + " " + b).orElseThrow();
    }
}
