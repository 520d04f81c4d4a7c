package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.testing.ProjectSite;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header search (templates/base.peb + assets/search.js) in a real headless Chromium, on the
 * sample site (served at the root and under /repo/) and on a tiny site made for the ranking rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
    private static final String COURSE = "luyen-thi-git-github";
    private static final String LESSON_1 = "lessons/" + COURSE + "/bai-1-kho-chua-commit-ba-vung/";
    private static final String LESSON_2 = "lessons/" + COURSE + "/bai-2-nhanh-merge-xung-dot/";
    private static final String LESSON_3 = "lessons/" + COURSE + "/03-lich-su-hoan-tac/";

    @TempDir
    static Path work;
    private final ObjectMapper json = new ObjectMapper();
    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private SearchBox box;
    private Browser.SiteServer site;     // the sample site at the server root
    private Browser.SiteServer subPath;  // the sample site built for https://example.github.io/repo/, under /repo/
    private Browser.SiteServer tiny;     // one lesson says "đăng", another only "dạng" and "đang"
    private Browser.SiteServer objectWords; // "__proto__" and "first" are written, "constructor" nowhere
    private Browser.SiteServer phrases;  // a phrase against scattered words; a marked word in a text against a title
    private final List<Browser.SiteServer> servers = new ArrayList<>();

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Browser.assumeAvailable();
        Path out = work.resolve("site");
        TestSite.Result r = TestSite.run("build", "--quiet", "--source", ProjectSite.root().toString(),
                "--output", out.toString());
        assertThat(r.exitCode()).as("build of the sample site: %s", r.stderr()).isZero();
        Path repoOut = work.resolve("repo-site");
        TestSite.Result r2 = TestSite.run("build", "--quiet", "--source", ProjectSite.root().toString(),
                "--output", repoOut.toString(), "--base-url", "https://example.github.io/repo/");
        assertThat(r2.exitCode()).as("build with --base-url: %s", r2.stderr()).isZero();

        // "đăng" once in A; "dạng" and "đang" once each in B. By weight alone B ranks first
        // (two occurrences against one); the exact spelling, counted double, must put A first.
        TestSite small = TestSite.in(work.resolve("tiny"))
                .file("site.yaml", "title: Tiny\nbase_url: https://tiny.example/\n")
                .course("c", "title: Khóa thử\nslug: c")
                .lesson("c", "01-mot.md", "title: Bài một\nslug: mot", "<p>Hôm nay chúng ta đăng bài.</p>\n")
                .lesson("c", "02-hai.md", "title: Bài hai\nslug: hai", "<p>Mô hình dạng bảng vẫn đang chạy.</p>\n");
        TestSite.Result r3 = small.build();
        assertThat(r3.exitCode()).as("build of the tiny site: %s", r3.stderr()).isZero();

        TestSite words = TestSite.in(work.resolve("object-words"))
                .file("site.yaml", "title: Words\nbase_url: https://words.example/\n")
                .course("c", "title: Objects\nslug: c")
                .lesson("c", "01-proto.md", "title: Prototype chains\nslug: proto", "<p>Lookups go through __proto__ first.</p>\n")
                .lesson("c", "02-factory.md", "title: Factories\nslug: factory", "<p>The factory runs first.</p>\n");
        TestSite.Result r4 = words.build();
        assertThat(r4.exitCode()).as("build of the object-words site: %s", r4.stderr()).isZero();

        // The second lesson says "network" and "policy" more often, the first as one phrase in its title.
        // The third has "dạng" in its title (and so in its address), the fourth "đăng" once in its text.
        // The fifth says "git rebase" once, the sixth says both words more often, apart. The seventh
        // says "kiến trúc" only in its address, under an English title; the eighth twice in its text.
        TestSite phraseSite = TestSite.in(work.resolve("phrases"))
                .file("site.yaml", "title: Phrases\nbase_url: https://phrases.example/\n")
                .course("c", "title: Khóa thử\nslug: c")
                .lesson("c", "01-phrase.md", "title: Network policy trong cụm\nslug: phrase", "<p>Ghi chú.</p>\n")
                .lesson("c", "02-scattered.md", "title: Policy cho network\nslug: scattered",
                        "<p>Mỗi network cần policy; policy của network.</p>\n")
                .lesson("c", "03-title.md", "title: Dạng đề thi\nslug: dang-de-thi", "<p>Ôn tập.</p>\n")
                .lesson("c", "04-text.md", "title: Bài bốn\nslug: text", "<p>Hôm nay đăng bài.</p>\n")
                .lesson("c", "05-phrase.md", "title: Bài năm\nslug: nam", "<p>Chạy git rebase khi cần.</p>\n")
                .lesson("c", "06-apart.md", "title: Bài sáu\nslug: sau",
                        "<p>Rebase trước. Sau đó là git, rồi lại rebase với git.</p>\n")
                .lesson("c", "07-address.md", "title: Cluster architecture\nslug: 01-kien-truc-cum",
                        "<p>Control plane.</p>\n")
                .lesson("c", "08-twice.md", "title: Bài tám\nslug: tam", "<p>Một kiến trúc khác, kiến trúc nữa.</p>\n");
        TestSite.Result r5 = phraseSite.build();
        assertThat(r5.exitCode()).as("build of the phrase site: %s", r5.stderr()).isZero();

        site = serve(out, "/");
        subPath = serve(repoOut, "/repo/");
        tiny = serve(small.output(), "/");
        objectWords = serve(words.output(), "/");
        phrases = serve(phraseSite.output(), "/");
        browser = Browser.launch();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        box = new SearchBox(driver);
    }

    private Browser.SiteServer serve(Path root, String prefix) throws IOException {
        Browser.SiteServer s = Browser.serve(root, prefix);
        servers.add(s);
        return s;
    }

    @AfterAll
    void quit() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            servers.forEach(Browser.SiteServer::close);
        }
    }

    @BeforeEach
    void freshLogs() {
        if (browser != null) {
            browser.javaScriptProblems();
            servers.forEach(Browser.SiteServer::clearNotFound);
        }
    }

    @AfterEach
    void noJavaScriptErrorsAndNo404() {
        if (browser != null) {
            assertThat(browser.javaScriptProblems()).as("JavaScript errors on %s", driver.getCurrentUrl()).isEmpty();
            for (Browser.SiteServer s : servers) {
                assertThat(s.notFound()).as("requests answered 404").isEmpty();
            }
        }
    }

    // ---- markup ---------------------------------------------------------------------------------

    @Test
    void searchBoxIsHiddenWithoutJavaScriptAndIsALabelledCombobox() throws IOException {
        Map<String, String> t = dictionary("vi");
        String html = Files.readString(work.resolve("site/" + LESSON_2 + "index.html"));
        assertThat(html).contains("<form class=\"search\" role=\"search\" hidden data-search=\"../../../search/\"");

        box.open(site.url(LESSON_2));
        WebElement form = box.form();
        assertThat(form.getDomProperty("hidden")).isEqualTo("false");
        WebElement input = box.input();
        assertThat(input.isDisplayed()).isTrue();
        assertThat(input.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(input.getDomAttribute("aria-label")).isEqualTo(t.get("search_label")).isEqualTo("Tìm kiếm");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(input.getDomAttribute("aria-autocomplete")).isEqualTo("list");
        WebElement listbox = box.listbox();
        assertThat(input.getDomAttribute("aria-controls")).isEqualTo(listbox.getDomAttribute("id"));
        assertThat(listbox.getDomAttribute("aria-label")).isEqualTo(t.get("search_results_label"));
        assertThat(box.panel().isDisplayed()).isFalse();
    }

    // ---- loading --------------------------------------------------------------------------------

    @Test
    void indexLoadsOnFirstUseAndEachFileOnlyOnce() throws IOException {
        box.open(site.url(LESSON_1));
        box.js("return new Promise(function (done) { setTimeout(done, 300); })");
        assertThat(box.indexRequests()).as("index files fetched by merely opening a page").isEmpty();

        box.input().click(); // focus: docs.json only
        wait.until(d -> box.indexRequests().contains(site.url("search/docs.json")));
        assertThat(box.indexRequests()).containsExactly(site.url("search/docs.json"));

        for (String q : List.of("xung dot", "xung đột", "lich su", "lịch sử hoàn tác", "xung dot", "git", "gi", "github")) {
            assertThat(box.search(q)).as(q).isNotEmpty();
        }
        box.js("return new Promise(function (done) { setTimeout(done, 400); })"); // late snippet fetches
        List<String> requests = box.indexRequests();
        assertThat(requests).as("every index file is fetched at most once").doesNotHaveDuplicates();
        Set<String> chunks = new HashSet<>();
        indexChunks(work.resolve("site/search/docs.json")).forEach(c -> chunks.add(site.url("search/t/" + c + ".json")));
        assertThat(requests.stream().filter(u -> u.contains("/search/t/")).toList())
                .as("chunks fetched").isNotEmpty().allSatisfy(u -> assertThat(chunks).contains(u));
        assertThat(requests).allSatisfy(u -> assertThat(u).startsWith(site.url("search/")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageThatIsOnlyReadLoadsNoSearchCodeUntilTheBoxIsUsed() {
        box.open(site.url(LESSON_1));
        String scripts = "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".filter(function (n) { return /search[^/]*\\.js$/.test(n); });";
        assertThat((List<String>) box.js(scripts)).containsExactly(site.url("assets/search.js"));

        assertThat(box.search("git")).isNotEmpty();

        assertThat((List<String>) box.js(scripts)).containsExactly(site.url("assets/search.js"),
                site.url("assets/search-text.js"), site.url("assets/search-box.js"));
    }

    // ---- folding, ranking, highlighting ---------------------------------------------------------

    @Test
    void queriesWithoutMarksFindTheMarkedWords() {
        box.open(site.url(""));
        assertFirst("xung dot", LESSON_2, "Bài 2: Nhánh, merge và xử lý xung đột", "đột");
        assertFirst("lich su hoan tac", LESSON_3, "Bài 3: Xem lịch sử và hoàn tác thay đổi", "lịch", "sử", "hoàn", "tác");
        assertFirst("vung lam viec", LESSON_1, "Bài 1: Kho chứa, commit và ba vùng làm việc", "vùng", "làm", "việc");
        // Upper case and marks in the query fold the same way.
        assertFirst("XUNG ĐỘT", LESSON_2, "Bài 2: Nhánh, merge và xử lý xung đột", "đột");
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        box.open(site.url(""));
        assertFirst("xung do", LESSON_2, "Bài 2: Nhánh, merge và xử lý xung đột", "đột");
        assertFirst("hoan ta", LESSON_3, "Bài 3: Xem lịch sử và hoàn tác thay đổi", "hoàn", "tác");
        // A lone letter is not searched yet; the words before it still are.
        List<SearchBox.Hit> hits = box.search("xung dot x");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).href()).isEqualTo(site.url(LESSON_2));
    }

    @Test
    void anExactSpellingRanksAboveAFoldedOne() {
        box.open(tiny.url(""));
        List<SearchBox.Hit> exact = box.search("đăng");
        assertThat(titles(exact)).containsExactly("Bài một", "Bài hai");
        assertThat(exact.get(0).href()).isEqualTo(tiny.url("lessons/c/mot/"));
        assertThat(exact.get(0).marks()).containsExactly("đăng");
        assertThat(exact.get(1).marks()).containsExactlyInAnyOrder("dạng", "đang");

        // Without marks both pages match, and only the weights count: B says it twice.
        List<SearchBox.Hit> folded = box.search("dang");
        assertThat(titles(folded)).containsExactly("Bài hai", "Bài một");

        // While typing: a prefix spelled as typed also counts double.
        assertThat(titles(box.search("đăn"))).containsExactly("Bài một", "Bài hai");
        assertThat(titles(box.search("dạn"))).containsExactly("Bài hai", "Bài một");
        assertThat(titles(box.search("đang"))).containsExactly("Bài hai", "Bài một");
    }

    @Test
    void aWordTypedWithMarksRanksItsExactSpellingAboveAFoldedOneEvenInATitle() {
        box.open(phrases.url(""));
        assertThat(titles(box.search("đăng"))).containsExactly("Bài bốn", "Dạng đề thi");
        // Typed without marks, only the weights count: the title ranks first.
        assertThat(titles(box.search("dang"))).containsExactly("Dạng đề thi", "Bài bốn");
    }

    @Test
    void aTextHoldingTheQueryAsAPhraseRanksAboveOneWithTheWordsApart() {
        box.open(phrases.url(""));
        assertThat(titles(box.search("git rebase"))).containsExactly("Bài năm", "Bài sáu");
        // Without a phrase, the words' weights decide.
        assertThat(titles(box.search("rebase"))).containsExactly("Bài sáu", "Bài năm");
    }

    @Test
    void aPagesAddressNamesItAboveTextsThatMentionTheWords() {
        box.open(phrases.url(""));
        List<SearchBox.Hit> hits = box.search("kiến trúc");
        assertThat(titles(hits)).containsExactly("Cluster architecture", "Bài tám");
        assertThat(hits.get(0).href()).isEqualTo(phrases.url("lessons/c/01-kien-truc-cum/"));
    }

    @Test
    void aTitleHoldingTheQueryAsAPhraseRanksAboveScatteredWords() {
        box.open(phrases.url(""));
        assertThat(titles(box.search("network policy"))).containsExactly("Network policy trong cụm", "Policy cho network");
        // While typing the phrase's last word.
        assertThat(titles(box.search("network pol"))).containsExactly("Network policy trong cụm", "Policy cho network");
        assertThat(titles(box.search("policy cho"))).containsExactly("Policy cho network");
        assertThat(titles(box.search("policy network"))).containsExactly("Policy cho network", "Network policy trong cụm");
    }

    @Test
    void aPageMustMatchEveryQueryWordEvenWhenTheFirstMatchesNothing() {
        box.open(tiny.url(""));
        assertThat(titles(box.search("đăng"))).isNotEmpty();
        assertThat(box.search("zzqxw đăng")).isEmpty();
        assertThat(box.search("đăng zzqxw")).isEmpty();
    }

    @Test
    void wordsNamedLikeObjectPropertiesMatchOnlyWhereTheyAreWritten() throws IOException {
        Map<String, String> t = dictionary("vi");
        box.open(objectWords.url(""));
        assertThat(box.search("constructor first")).isEmpty();
        assertThat(box.message().getText()).isEqualTo(t.get("search_no_results").replace("{q}", "constructor first"));
        assertThat(titles(box.search("__proto__ first"))).containsExactly("Prototype chains");
        assertThat(titles(box.search("first"))).containsExactlyInAnyOrder("Prototype chains", "Factories");
    }

    @Test
    void highlightsAreExactlyTheMatchedWordsAndSnippetsShowThem() {
        box.open(site.url(""));
        for (String q : List.of("xung dot", "lich su", "hoan tac", "remote")) {
            List<SearchBox.Hit> hits = box.search(q);
            assertThat(hits).as(q).isNotEmpty().hasSizeLessThanOrEqualTo(8);
            List<String> words = Arrays.stream(q.split(" ")).map(SearchBox::fold).toList();
            for (SearchBox.Hit h : hits) {
                assertThat(h.marks()).as("marks of %s for %s", h.title(), q).isNotEmpty().allSatisfy(m -> {
                    String f = SearchBox.fold(m);
                    assertThat(words.subList(0, words.size() - 1).contains(f) || f.startsWith(words.get(words.size() - 1)))
                            .as("%s matches %s", m, q).isTrue();
                });
                assertThat(h.snippet()).as("snippet of %s", h.title()).isNotBlank();
                assertThat(h.context()).as("context of %s", h.title()).isNotBlank();
            }
        }
        // The snippet is cut around the matched words, deep in the page if need be.
        List<SearchBox.Hit> hits = box.search("reflog");
        assertThat(hits).isNotEmpty();
        assertThat(SearchBox.fold(hits.get(0).snippet())).contains("reflog");
    }

    @Test
    void noResultsAndErrorsAreShown() throws IOException {
        Map<String, String> t = dictionary("vi");
        box.open(site.url(""));
        List<SearchBox.Hit> hits = box.search("zzqxw");
        assertThat(hits).isEmpty();
        assertThat(box.panel().isDisplayed()).isTrue();
        assertThat(box.message().getText()).isEqualTo(t.get("search_no_results").replace("{q}", "zzqxw"));
        assertThat(box.input().getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.findElement(By.cssSelector("form.search [role=status]")).getText())
                .isEqualTo(box.message().getText());
    }

    @Test
    void loadingAndErrorStatesAreShown() throws IOException {
        Map<String, String> t = dictionary("vi");
        ChromeDriver chrome = (ChromeDriver) driver;
        box.open(site.url(""));
        try {
            chrome.executeCdpCommand("Network.enable", Map.of());
            network(chrome, false, 1500);
            box.input().sendKeys("git");
            wait.until(d -> box.message().isDisplayed());
            assertThat(box.message().getText()).isEqualTo(t.get("search_loading"));
            assertThat(box.awaitResults("git")).isNotEmpty();
            assertThat(box.message().isDisplayed()).isFalse();

            network(chrome, true, 0); // a chunk not fetched yet cannot come
            box.input().sendKeys(Keys.chord(Keys.CONTROL, "a"), "xung");
            wait.until(d -> box.message().isDisplayed() && t.get("search_error").equals(box.message().getText()));
            assertThat(box.hits()).isEmpty();

            network(chrome, false, 0); // the failed file is asked for again
            box.search("xung dot");
            assertThat(box.hits()).isNotEmpty();
        } finally {
            network(chrome, false, 0);
            chrome.executeCdpCommand("Network.disable", Map.of());
        }
        assertThat(browser.javaScriptProblems()).as("only the failed request is logged")
                .allSatisfy(p -> assertThat(p).contains("/search/t/xu.json"));
    }

    private static void network(ChromeDriver chrome, boolean offline, int latency) {
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", latency,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    // ---- English ----------------------------------------------------------------------------------

    @Test
    void englishQueriesOnTheEnglishTreeFindEnglishPages() throws IOException {
        Map<String, String> t = dictionary("en");
        box.open(site.url("en/" + LESSON_1));
        assertThat(box.input().getDomAttribute("aria-label")).isEqualTo(t.get("search_label")).isEqualTo("Search");
        List<SearchBox.Hit> hits = box.search("resolving conflicts");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).title()).isEqualTo("Lesson 2: Branches, Merging and Resolving Conflicts");
        assertThat(hits.get(0).href()).isEqualTo(site.url("en/" + LESSON_2));
        assertThat(hits.get(0).marks()).contains("Resolving", "Conflicts");
        assertThat(hits.get(0).context()).contains(t.get("search_kind_lesson"));

        List<SearchBox.Hit> exam = box.search("practice exam");
        assertThat(titles(exam)).contains("Git & GitHub Fundamentals — Practice Exam");
        assertThat(exam).allSatisfy(h -> assertThat(h.href()).startsWith(site.url("en/")));
        assertThat(box.indexRequests()).isNotEmpty()
                .allSatisfy(u -> assertThat(u).startsWith(site.url("en/search/")));
        // A page shown in its original language is marked as such.
        List<SearchBox.Hit> untranslated = box.search("hoan tac");
        assertThat(untranslated).isNotEmpty();
        assertThat(untranslated.get(0).lang()).isEqualTo("vi");
    }

    // ---- links ----------------------------------------------------------------------------------

    @Test
    void everyResultLinkLeadsToAPageThatExists() {
        followAll(site, List.of("", LESSON_3, "en/", "en/" + LESSON_2, "404.html"),
                List.of("git", "xung dot", "lich su", "commit", "de thi", "github actions", "branches", "practice", "bai"));
        followAll(subPath, List.of("", "series/", "en/" + LESSON_1, "404.html", "en/404.html"),
                List.of("git", "remote", "pull request", "merge"));
    }

    private void followAll(Browser.SiteServer server, List<String> pages, List<String> queries) {
        Set<String> links = new LinkedHashSet<>();
        for (String page : pages) {
            box.open(server.url(page));
            for (String q : queries) {
                List<SearchBox.Hit> hits = box.search(q);
                hits.forEach(h -> assertThat(h.href()).as("link from %s for %s", page, q)
                        .startsWith(server.url(page.startsWith("en/") ? "en/" : "")));
                hits.forEach(h -> links.add(h.href()));
            }
        }
        assertThat(links).hasSizeGreaterThan(5);
        server.clearNotFound();
        SearchBox.assertEveryLinkOpens(driver, server, links);
    }

    // ---- keyboard -------------------------------------------------------------------------------

    @Test
    void theSearchBoxWorksByKeyboardAlone() {
        box.open(site.url("series/"));
        WebElement input = box.input();
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(box.isFocused(input)).as("'/' focuses the search box").isTrue();
        assertThat(input.getDomProperty("value")).as("the '/' is not typed").isEmpty();

        driver.switchTo().activeElement().sendKeys("lich su hoan tac");
        List<SearchBox.Hit> hits = box.awaitResults("lich su hoan tac");
        assertThat(hits).hasSizeGreaterThan(1);
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-activedescendant")).isNull();

        input.sendKeys(Keys.ARROW_DOWN);
        assertActive(input, hits, 0);
        input.sendKeys(Keys.ARROW_DOWN);
        assertActive(input, hits, 1);
        input.sendKeys(Keys.ARROW_UP);
        assertActive(input, hits, 0);
        input.sendKeys(Keys.ARROW_UP); // wraps around
        assertActive(input, hits, hits.size() - 1);
        input.sendKeys(Keys.ARROW_DOWN);
        assertActive(input, hits, 0);

        input.sendKeys(Keys.ESCAPE);
        assertThat(box.panel().isDisplayed()).isFalse();
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(input.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(box.isFocused(input)).isTrue();
        input.sendKeys(Keys.ARROW_DOWN); // opens again
        assertThat(box.panel().isDisplayed()).isTrue();
        assertActive(input, hits, 0);

        String target = hits.get(0).href();
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(target));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/" + LESSON_3);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(hits.get(0).title());
    }

    @Test
    void slashIsTypedNormallyInOtherFields() {
        box.open(site.url(""));
        box.js("var i = document.createElement('textarea'); i.id = 'other'; document.body.appendChild(i);");
        WebElement other = driver.findElement(By.id("other"));
        other.sendKeys("a/b");
        assertThat(other.getDomProperty("value")).isEqualTo("a/b");
        assertThat(box.isFocused(other)).isTrue();
    }

    @Test
    void openResultsPassAnAccessibilityCheck() {
        box.open(site.url(LESSON_1));
        List<SearchBox.Hit> hits = box.search("git");
        assertThat(hits).isNotEmpty();
        box.input().sendKeys(Keys.ARROW_DOWN);
        assertThat(AxeCheck.seriousViolations(driver)).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void assertFirst(String query, String path, String title, String... marked) {
        List<SearchBox.Hit> hits = box.search(query);
        assertThat(hits).as("results for %s", query).isNotEmpty();
        SearchBox.Hit first = hits.get(0);
        assertThat(first.title()).as("first result for %s", query).isEqualTo(title);
        assertThat(first.href()).startsWith(site.url(path));
        assertThat(first.marks()).as("highlighted for %s", query).contains(marked);
    }

    private void assertActive(WebElement input, List<SearchBox.Hit> hits, int i) {
        List<SearchBox.Hit> now = box.hits();
        assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(hits.get(i).id());
        assertThat(now.stream().filter(SearchBox.Hit::selected).map(SearchBox.Hit::id).toList()).containsExactly(hits.get(i).id());
        assertThat(box.isFocused(input)).as("focus stays in the input").isTrue();
    }

    private static List<String> titles(List<SearchBox.Hit> hits) {
        return hits.stream().map(SearchBox.Hit::title).toList();
    }

    private List<String> indexChunks(Path docsJson) throws IOException {
        JsonNode meta = json.readTree(docsJson.toFile());
        List<String> chunks = new ArrayList<>();
        meta.path("chunks").forEach(c -> chunks.add(c.asText()));
        return chunks;
    }

    static Map<String, String> dictionary(String lang) throws IOException {
        try (Reader r = Files.newBufferedReader(ProjectSite.root().resolve("templates/i18n/" + lang + ".yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> raw = new Yaml().load(r);
            Map<String, String> t = new HashMap<>();
            raw.forEach((k, v) -> t.put(k, String.valueOf(v)));
            return t;
        }
    }
}
