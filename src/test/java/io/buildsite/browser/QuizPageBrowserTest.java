package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice-exam page (templates/quiz.peb + assets/quiz.js) and a lesson page of the sample
 * site, driven in a real headless Chromium against the output of the real build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuizPageBrowserTest {
    private static final String QUIZ = "git-github";
    private static final String COURSE = "luyen-thi-git-github";
    /** The domain the learner answers wrongly in the Vietnamese run (4 of 14 questions: 71%, a pass). */
    private static final String WEAK_DOMAIN = "Lịch sử và hoàn tác";
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Position of the question flagged for review in the Vietnamese run. */
    private static final int FLAGGED_POS = 1;

    private final ObjectMapper json = new ObjectMapper();
    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private Browser.SiteServer site;     // sample site at the server root
    private Browser.SiteServer subPath;  // sample site built for https://example.github.io/repo/, served under /repo/
    private final List<Browser.SiteServer> servers = new ArrayList<>();

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Browser.assumeAvailable();
        site = Browser.buildAndServe(ProjectSite.root(), "/");
        servers.add(site);
        subPath = Browser.buildAndServe(ProjectSite.root(), "/repo/", "--base-url", "https://example.github.io/repo/");
        servers.add(subPath);
        browser = QuizTestSupport.sharedBrowser();
        driver = browser.driver();
        wait = new WebDriverWait(driver, WAIT);
        wait.pollingEvery(Duration.ofMillis(50));
    }

    @AfterAll
    void quit() {
        servers.forEach(Browser.SiteServer::close);
    }

    @BeforeEach
    void freshLogs() {
        if (browser != null) {
            browser.javaScriptProblems(); // drains the console log left by an earlier test
            site.clearNotFound();
            subPath.clearNotFound();
            QuizTestSupport.clearStorage(browser.driver(), site);
            QuizTestSupport.clearStorage(browser.driver(), subPath);
        }
    }

    /** Every test: nothing logged as SEVERE, no uncaught error on the last page. */
    @AfterEach
    void noJavaScriptErrors() {
        if (browser != null) {
            assertThat(browser.javaScriptProblems()).as("JavaScript errors on %s", driver.getCurrentUrl()).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void learnerTakesTheWholeQuizAndSeesScoreVerdictDomainsAndLessonLinks() throws IOException {
        JsonNode bank = bank("vi");
        Map<String, String> t = dictionary("vi");
        int passing = bank.path("passing_score").asInt();
        List<JsonNode> questions = list(bank.path("questions"));
        assertThat(domainNames(bank)).contains(WEAK_DOMAIN);

        driver.get(site.url("luyen-thi/" + QUIZ + "/"));
        WebElement app = waitForIntro();

        // Intro: question count, minutes, passing score, in the page's dictionary.
        List<String> facts = texts(app.findElements(By.cssSelector(".quiz-facts li")));
        assertThat(facts).containsExactly(
                fill(t.get("quiz_question_count"), Map.of("n", questions.size())),
                fill(t.get("quiz_duration"), Map.of("n", bank.path("duration_minutes").asInt())),
                fill(t.get("quiz_passing_score"), Map.of("n", passing)));
        assertThat(app.findElement(By.cssSelector("h2")).getText()).isEqualTo(t.get("quiz_intro_heading"));

        WebElement start = app.findElement(By.cssSelector("[data-testid=quiz-start]"));
        assertThat(start.getText()).isEqualTo(t.get("quiz_start"));
        start.click();

        int correct = 0;
        Map<String, int[]> perDomain = new LinkedHashMap<>(); // name -> {correct, total}
        for (JsonNode d : list(bank.path("domains"))) {
            perDomain.put(d.path("name").asText(), new int[2]);
        }
        boolean shownInBankOrder = true;
        String flaggedId = null;
        for (int pos = 0; pos < questions.size(); pos++) {
            Answered a = answer(pos, questions, t, q -> !q.path("domain").asText().equals(WEAK_DOMAIN));
            shownInBankOrder &= a.optionsInBankOrder;
            int[] d = perDomain.computeIfAbsent(a.question.path("domain").asText(), k -> new int[2]);
            d[1]++;
            if (a.correct) {
                correct++;
                d[0]++;
            }
            // The grid marks the checked question right or wrong, by name as well as by colour.
            WebElement cell = driver.findElements(By.cssSelector("#quiz-app [data-testid=quiz-grid-item]")).get(pos);
            assertThat(cell.getDomAttribute("aria-current")).isEqualTo("step");
            assertThat(cell.getDomAttribute("aria-label")).isEqualTo(fill(t.get("quiz_grid_item"), Map.of("n", pos + 1)) + ", "
                    + t.get(a.correct ? "quiz_state_correct" : "quiz_state_wrong"));
            if (pos == FLAGGED_POS) { // flag one question for review
                WebElement flag = driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-flag]"));
                assertThat(flag.getDomAttribute("aria-pressed")).isEqualTo("false");
                flag.click();
                assertThat(flag.getDomAttribute("aria-pressed")).isEqualTo("true");
                assertThat(cell.getDomAttribute("data-flagged")).isEqualTo("true");
                assertThat(cell.getDomAttribute("aria-label")).endsWith(", " + t.get("quiz_state_flagged"));
                flaggedId = a.question.path("id").asText();
            }
            String nextLabel = pos == questions.size() - 1 ? t.get("quiz_see_results") : t.get("quiz_next");
            WebElement next = driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-next]"));
            assertThat(next.getText()).isEqualTo(nextLabel);
            next.click();
            if (pos == questions.size() - 1) { // one question is flagged: the finish dialog asks first
                WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open][data-testid=quiz-dialog]")));
                assertThat(dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-flagged]")).getText())
                        .isEqualTo(fill(t.get("quiz_dialog_flagged"), Map.of("n", 1)));
                assertThat(dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-unanswered]")).getText())
                        .isEqualTo(fill(t.get("quiz_dialog_unanswered"), Map.of("n", 0)));
                dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-submit]")).click();
            }
            wait.until(ExpectedConditions.stalenessOf(a.fieldset));
        }
        System.out.println("[QuizPageBrowserTest] options shown in the bank's order: " + shownInBankOrder);

        // Results.
        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quiz-app[data-state=results] [data-testid=quiz-results]")));
        int total = questions.size();
        int pct = Math.floorDiv(correct * 100, total);
        boolean passed = correct * 100 >= passing * total;
        assertThat(correct).isEqualTo(total - (int) questions.stream()
                .filter(q -> q.path("domain").asText().equals(WEAK_DOMAIN)).count());
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo(pct + "%");
        assertThat(results.findElement(By.cssSelector(".quiz-correct-count")).getText())
                .isEqualTo(fill(t.get("quiz_correct_of"), Map.of("correct", correct, "total", total)));
        WebElement verdict = results.findElement(By.cssSelector("[data-testid=quiz-verdict]"));
        assertThat(verdict.getDomAttribute("data-passed")).isEqualTo(String.valueOf(passed));
        assertThat(verdict.findElement(By.tagName("strong")).getText())
                .isEqualTo(t.get(passed ? "quiz_passed" : "quiz_failed"));
        assertThat(verdict.getText()).contains(fill(t.get("quiz_verdict_detail"), Map.of("n", passing)));

        // One row per domain, weakest first (ties keep the bank's order).
        List<String> bankOrder = new ArrayList<>(perDomain.keySet());
        List<String> expectedOrder = new ArrayList<>(bankOrder.stream().filter(n -> perDomain.get(n)[1] > 0).toList());
        expectedOrder.sort(Comparator.<String>comparingDouble(n -> (double) perDomain.get(n)[0] / perDomain.get(n)[1])
                .thenComparingInt(bankOrder::indexOf));
        List<WebElement> rows = results.findElements(By.cssSelector("[data-testid=quiz-domain-row]"));
        assertThat(rows.stream().map(r -> r.getDomAttribute("data-domain")).toList()).containsExactlyElementsOf(expectedOrder);
        assertThat(expectedOrder.get(0)).isEqualTo(WEAK_DOMAIN);

        WebElement weakRow = null;
        for (WebElement row : rows) {
            String name = row.getDomAttribute("data-domain");
            int[] d = perDomain.get(name);
            boolean ok = d[0] * 100 >= passing * d[1];
            assertThat(row.findElement(By.cssSelector(".quiz-domain-name")).getText()).isEqualTo(name);
            assertThat(row.findElement(By.cssSelector(".quiz-domain-score")).getText()).isEqualTo(fill(
                    t.get("quiz_domain_score"), Map.of("correct", d[0], "total", d[1], "pct", Math.floorDiv(d[0] * 100, d[1]))));
            assertThat(row.getDomAttribute("data-passed")).as(name).isEqualTo(String.valueOf(ok));
            List<WebElement> links = row.findElements(By.cssSelector("[data-testid=quiz-review-link]"));
            if (ok) {
                assertThat(links).as("review links of passed domain %s", name).isEmpty();
            } else {
                weakRow = row;
            }
        }
        assertThat(weakRow).as("a failed domain row").isNotNull();
        assertThat(weakRow.getDomAttribute("data-domain")).isEqualTo(WEAK_DOMAIN);
        assertThat(weakRow.findElement(By.cssSelector(".quiz-review-heading")).getText()).isEqualTo(t.get("quiz_review_heading"));
        JsonNode weakLessons = domain(bank, WEAK_DOMAIN).path("lessons");
        List<WebElement> reviewLinks = weakRow.findElements(By.cssSelector("[data-testid=quiz-review-link]"));
        assertThat(texts(reviewLinks)).isNotEmpty().containsExactlyElementsOf(
                list(weakLessons).stream().map(l -> l.path("title").asText()).toList());
        for (int i = 0; i < reviewLinks.size(); i++) {
            assertThat(URI.create(reviewLinks.get(i).getDomProperty("href")).getPath())
                    .isEqualTo("/lessons/" + COURSE + "/" + list(weakLessons).get(i).path("slug").asText() + "/");
        }

        // Practice mode and the time used.
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-time-used]")).getText())
                .startsWith(t.get("quiz_mode_practice") + " · ").matches(".*\\d\\d:\\d\\d$");

        // Review list: every question; "wrong" shows the weak domain's questions with both answers.
        List<WebElement> items = results.findElements(By.cssSelector("[data-testid=quiz-review-item]"));
        assertThat(items).hasSize(total).allSatisfy(i -> assertThat(i.isDisplayed()).isTrue());
        results.findElement(By.cssSelector("label[for=quiz-filter-wrong]")).click();
        List<WebElement> wrong = items.stream().filter(WebElement::isDisplayed).toList();
        assertThat(wrong).hasSize(total - correct);
        Map<String, JsonNode> ids = byId(questions);
        for (WebElement item : wrong) {
            JsonNode q = ids.get(item.getDomAttribute("data-question-id"));
            assertThat(q.path("domain").asText()).isEqualTo(WEAK_DOMAIN);
            List<String> opts = list(q.path("options")).stream().map(o -> plain(o.asText())).toList();
            String right = opts.get(q.path("correct").asInt());
            String mine = opts.stream().filter(o -> !o.equals(right)).findFirst().orElseThrow();
            assertThat(norm(item.findElement(By.cssSelector("[data-testid=quiz-review-yours] .quiz-option-text")).getText())).isEqualTo(mine);
            assertThat(norm(item.findElement(By.cssSelector("[data-testid=quiz-review-right] .quiz-option-text")).getText())).isEqualTo(right);
            assertThat(norm(item.findElement(By.cssSelector(".quiz-explanation-text")).getText())).isEqualTo(plain(q.path("explanation").asText()));
        }
        results.findElement(By.cssSelector("label[for=quiz-filter-flagged]")).click();
        assertThat(items.stream().filter(WebElement::isDisplayed).map(i -> i.getDomAttribute("data-question-id")).toList())
                .containsExactly(flaggedId);

        // The attempt is in the history: one row, and the chart.
        WebElement history = results.findElement(By.cssSelector("[data-testid=quiz-history]"));
        assertThat(history.findElements(By.cssSelector("svg[data-testid=quiz-chart] circle"))).hasSize(1);
        assertThat(history.findElements(By.cssSelector("[data-testid=quiz-history-row]"))).hasSize(1);

        // Follow the first review link to its lesson.
        JsonNode lesson = weakLessons.get(0);
        String lessonPath = "/lessons/" + COURSE + "/" + lesson.path("slug").asText() + "/";
        reviewLinks.get(0).click();
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals(lessonPath));
        WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
        assertThat(h1.getText()).isEqualTo(lesson.path("title").asText());
        assertThat(site.notFound()).as("requests answered 404").isEmpty();
    }

    @Test
    void englishQuizPageUsesTheEnglishBankAndUi() throws IOException {
        JsonNode bank = bank("en");
        Map<String, String> t = dictionary("en");
        driver.get(site.url("en/luyen-thi/" + QUIZ + "/"));
        WebElement app = waitForIntro();

        assertThat(driver.findElement(By.cssSelector("h1.quiz-title")).getText()).isEqualTo(bank.path("title").asText());
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(app.getDomAttribute("lang")).isEqualTo("en");
        assertThat(app.findElement(By.cssSelector("h2")).getText()).isEqualTo(t.get("quiz_intro_heading"));
        WebElement start = app.findElement(By.cssSelector("[data-testid=quiz-start]"));
        assertThat(start.getText()).isEqualTo(t.get("quiz_start")).isEqualTo("Start the quiz");
        assertThat(texts(app.findElements(By.cssSelector(".quiz-weight-name"))))
                .containsExactlyElementsOf(domainNames(bank));

        // The questions come from the English bank too.
        start.click();
        WebElement fieldset = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=quiz-question][data-index='0']")));
        JsonNode first = byId(list(bank.path("questions"))).get(fieldset.getDomAttribute("data-question-id"));
        assertThat(first).as("question id %s in the English bank", fieldset.getDomAttribute("data-question-id")).isNotNull();
        assertThat(norm(fieldset.findElement(By.cssSelector(".quiz-qtext")).getText())).isEqualTo(plain(first.path("question").asText()));
        assertThat(fieldset.findElement(By.cssSelector(".quiz-qnum")).getText()).isEqualTo(
                fill(t.get("quiz_question_of"), Map.of("n", 1, "total", bank.path("questions").size())));
        assertThat(driver.findElement(By.cssSelector("[data-testid=quiz-check]")).getText()).isEqualTo(t.get("quiz_check"));
    }

    @Test
    void quizWorksUnderASubPathBaseUrl() throws IOException {
        JsonNode bank = bank("vi");
        Map<String, String> t = dictionary("vi");
        List<JsonNode> questions = list(bank.path("questions"));

        driver.get(subPath.url("luyen-thi/" + QUIZ + "/"));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/repo/luyen-thi/" + QUIZ + "/");
        waitForIntro().findElement(By.cssSelector("[data-testid=quiz-start]")).click();
        for (int pos = 0; pos < questions.size(); pos++) {
            Answered a = answer(pos, questions, t, q -> true);
            assertThat(a.correct).isTrue();
            driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-next]")).click();
            wait.until(ExpectedConditions.stalenessOf(a.fieldset));
        }
        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=quiz-results]")));
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo("100%");
        WebElement verdict = results.findElement(By.cssSelector("[data-testid=quiz-verdict]"));
        assertThat(verdict.getDomAttribute("data-passed")).isEqualTo("true");
        assertThat(verdict.findElement(By.tagName("strong")).getText()).isEqualTo(t.get("quiz_passed"));
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-domain-row]"))).hasSize(bank.path("domains").size())
                .allSatisfy(row -> assertThat(row.getDomAttribute("data-passed")).isEqualTo("true"));
        assertThat(results.findElement(By.cssSelector(".quiz-all-passed")).getText()).isEqualTo(t.get("quiz_all_domains_passed"));

        List<WebElement> review = results.findElements(By.cssSelector("[data-testid=quiz-review-link]"));
        WebElement link = review.isEmpty() ? driver.findElement(By.cssSelector(".quiz-course a")) : review.get(0);
        String title = link.getText();
        link.click();
        wait.until(d -> !URI.create(d.getCurrentUrl()).getPath().equals("/repo/luyen-thi/" + QUIZ + "/"));
        String landed = URI.create(driver.getCurrentUrl()).getPath();
        assertThat(landed).startsWith("/repo/");
        if (review.isEmpty()) {
            assertThat(landed).isEqualTo("/repo/series/luyen-thi/" + COURSE + "/");
        }
        WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(h1.getText()).isEqualTo(title);
        // Stylesheets and scripts of both pages came from under /repo/ as well.
        assertThat(subPath.notFound()).as("requests answered 404").isEmpty();
        assertThat(site.notFound()).isEmpty();
    }

    @Test
    void staticQuestionListIsHiddenOnceTheScriptRuns() throws IOException {
        JsonNode bank = bank("vi");
        driver.get(site.url("luyen-thi/" + QUIZ + "/"));
        waitForIntro();
        WebElement sheet = driver.findElement(By.id("quiz-static"));
        wait.until(ExpectedConditions.invisibilityOf(sheet));
        assertThat(sheet.getDomProperty("hidden")).isEqualTo("true");
        assertThat(sheet.isDisplayed()).isFalse();
        // The sheet is still in the page (for readers without JavaScript), one item per question.
        assertThat(sheet.findElements(By.cssSelector(".quiz-static-q"))).hasSize(bank.path("questions").size());
        assertThat(driver.findElement(By.id("quiz-app")).isDisplayed()).isTrue();
    }

    @Test
    void pagesRunTheirScriptsWithoutJavaScriptErrors() {
        for (String path : List.of("", "luyen-thi/", "luyen-thi/" + QUIZ + "/", "en/luyen-thi/" + QUIZ + "/",
                "lessons/" + COURSE + "/bai-1-kho-chua-commit-ba-vung/", "series/luyen-thi/" + COURSE + "/", "blog/")) {
            driver.get(site.url(path));
            wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            if (path.contains("luyen-thi/" + QUIZ)) {
                // The attempt started on the other language's page is offered first: discarded, to start afresh.
                for (WebElement discard : waitForIntro().findElements(By.cssSelector("[data-testid=quiz-discard]"))) {
                    discard.click();
                }
                waitForIntro().findElement(By.cssSelector("[data-testid=quiz-start]")).click();
                WebElement fs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=quiz-question]")));
                fs.findElement(By.cssSelector("label.quiz-option")).click();
                driver.findElement(By.cssSelector("[data-testid=quiz-check]")).click();
                wait.until(ExpectedConditions.attributeToBeNotEmpty(
                        driver.findElement(By.cssSelector("[data-testid=quiz-feedback]")), "data-correct"));
            }
            assertThat(browser.javaScriptProblems()).as("JavaScript errors on /%s", path).isEmpty();
        }
        assertThat(site.notFound()).as("requests answered 404").isEmpty();
    }

    @Test
    void copyButtonsAppearOnCodeBlocksAndCodeIsHighlighted() throws IOException {
        Map<String, String> t = dictionary("vi");
        driver.get(site.url("lessons/" + COURSE + "/bai-1-kho-chua-commit-ba-vung/"));
        List<WebElement> buttons = driver.findElements(By.cssSelector(".code-block .copy-code"));
        assertThat(buttons).as("copy buttons on the lesson's code blocks").isNotEmpty();
        wait.until(ExpectedConditions.visibilityOfAllElements(buttons));
        for (WebElement b : buttons) {
            assertThat(b.isDisplayed()).isTrue();
            assertThat(b.getDomProperty("hidden")).isEqualTo("false");
            assertThat(b.getText()).isEqualTo(t.get("copy")).isEqualTo("Sao chép");
        }
        assertThat(driver.findElements(By.cssSelector("pre code"))).hasSameSizeAs(buttons);

        By tokens = By.cssSelector("code.language-bash .token");
        wait.until(ExpectedConditions.presenceOfElementLocated(tokens));
        WebElement bash = driver.findElement(By.cssSelector("code.language-bash"));
        assertThat(bash.findElements(By.cssSelector(".token"))).isNotEmpty();
        assertThat(bash.findElements(By.cssSelector(".token.comment, .token.function, .token.string")))
                .as("bash tokens that Prism recognises").isNotEmpty();
    }

    // ---- the quiz, step by step -----------------------------------------------------------------

    private record Answered(JsonNode question, WebElement fieldset, boolean correct, boolean optionsInBankOrder) {
    }

    /**
     * Answers the question shown at {@code pos}: rightly when {@code answerRight} says so, else with
     * the first wrong option. The option is found by its label (not by position), so the test holds
     * whether quiz.js shows options in the bank's order or not. Checks feedback and explanation.
     */
    private Answered answer(int pos, List<JsonNode> questions, Map<String, String> t,
                            java.util.function.Predicate<JsonNode> answerRight) {
        WebElement fs = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quiz-app[data-state=question] [data-testid=quiz-question][data-index='" + pos + "']")));
        String id = fs.getDomAttribute("data-question-id");
        JsonNode q = byId(questions).get(id);
        assertThat(q).as("question id %s is in the bank", id).isNotNull();
        assertThat(fs.findElement(By.cssSelector(".quiz-qnum")).getText())
                .isEqualTo(fill(t.get("quiz_question_of"), Map.of("n", pos + 1, "total", questions.size())));
        assertThat(norm(fs.findElement(By.cssSelector(".quiz-qtext")).getText())).isEqualTo(plain(q.path("question").asText()));

        List<String> bankOptions = list(q.path("options")).stream().map(o -> plain(o.asText())).toList();
        assertThat(bankOptions).as("options of question %s are distinct", id).doesNotHaveDuplicates();
        List<WebElement> labels = fs.findElements(By.cssSelector("label.quiz-option"));
        List<String> shown = labels.stream().map(l -> norm(l.findElement(By.cssSelector(".quiz-option-text")).getText())).toList();
        assertThat(shown).as("options of question %s", id).containsExactlyInAnyOrderElementsOf(bankOptions);

        String rightText = bankOptions.get(q.path("correct").asInt());
        boolean right = answerRight.test(q);
        String wanted = right ? rightText : bankOptions.stream().filter(o -> !o.equals(rightText)).findFirst().orElseThrow();
        int shownIndex = shown.indexOf(wanted);
        int rightShownIndex = shown.indexOf(rightText);
        WebElement label = labels.get(shownIndex);
        WebElement radio = label.findElement(By.cssSelector("input[type=radio][data-testid=quiz-option]"));
        assertThat(radio.getDomAttribute("data-letter")).isEqualTo(String.valueOf((char) ('A' + shownIndex)));

        if (pos == 0) { // checking with nothing chosen asks for a choice first
            driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-check]")).click();
            assertThat(fs.findElement(By.xpath("following-sibling::p[contains(@class,'quiz-hint')]")).getText())
                    .isEqualTo(t.get("quiz_choose_option"));
        }

        label.click();
        assertThat(radio.isSelected()).isTrue();
        driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-check]")).click();

        WebElement feedback = driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-feedback]"));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(feedback, "data-correct"));
        assertThat(feedback.getDomAttribute("data-correct")).isEqualTo(String.valueOf(right));
        assertThat(feedback.isDisplayed()).isTrue();
        String verdict = feedback.findElement(By.cssSelector(".quiz-feedback-verdict strong")).getText();
        assertThat(verdict).isEqualTo(right ? t.get("quiz_feedback_correct")
                : fill(t.get("quiz_feedback_incorrect"), Map.of("letter", String.valueOf((char) ('A' + rightShownIndex)))));
        if (!q.path("explanation").asText().isEmpty()) {
            WebElement explanation = feedback.findElement(By.cssSelector(".quiz-explanation"));
            assertThat(explanation.findElement(By.cssSelector(".quiz-explanation-label")).getText())
                    .startsWith(t.get("quiz_explanation"));
            assertThat(norm(explanation.findElement(By.cssSelector(".quiz-explanation-text")).getText()))
                    .isEqualTo(plain(q.path("explanation").asText()));
        }
        // Options are locked and marked.
        assertThat(fs.getDomAttribute("data-answered")).isEqualTo("true");
        assertThat(fs.findElements(By.cssSelector("input[type=radio]"))).hasSize(bankOptions.size())
                .allSatisfy(i -> assertThat(i.isEnabled()).isFalse());
        assertThat(labels.get(rightShownIndex).getDomAttribute("class")).contains("is-correct");
        if (!right) {
            assertThat(label.getDomAttribute("class")).contains("is-wrong");
        }
        return new Answered(q, fs, right, shown.equals(bankOptions));
    }

    private WebElement waitForIntro() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quiz-app[data-state=intro]")));
    }

    // ---- data -----------------------------------------------------------------------------------

    private JsonNode bank(String lang) throws IOException {
        String name = lang.equals("vi") ? QUIZ + ".json" : QUIZ + "." + lang + ".json";
        return json.readTree(ProjectSite.root().resolve("data/quizzes").resolve(name).toFile());
    }

    private static Map<String, String> dictionary(String lang) throws IOException {
        try (Reader r = Files.newBufferedReader(ProjectSite.root().resolve("templates/i18n/" + lang + ".yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> raw = new Yaml().load(r);
            Map<String, String> t = new HashMap<>();
            raw.forEach((k, v) -> t.put(k, String.valueOf(v)));
            return t;
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> questions) {
        Map<String, JsonNode> m = new HashMap<>();
        questions.forEach(q -> m.put(q.path("id").asText(), q));
        return m;
    }

    private static List<String> domainNames(JsonNode bank) {
        return list(bank.path("domains")).stream().map(d -> d.path("name").asText()).toList();
    }

    private static JsonNode domain(JsonNode bank, String name) {
        return list(bank.path("domains")).stream().filter(d -> d.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    /** What quiz.js shows for bank text: `code` spans lose their backticks; whitespace collapsed. */
    private static String plain(String bankText) {
        return norm(bankText.replaceAll("`([^`]+)`", "$1"));
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Fills {name} placeholders like quiz.js's t(key, params). */
    private static String fill(String template, Map<String, ?> params) {
        String s = template;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return s;
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
