package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.fill;
import static io.buildsite.browser.QuizTestSupport.list;
import static io.buildsite.browser.QuizTestSupport.norm;
import static io.buildsite.browser.QuizTestSupport.optionTexts;
import static io.buildsite.browser.QuizTestSupport.plain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz page in a Chromium with JavaScript switched off (content setting, so no page script
 * runs): the server-rendered question sheet with answers in closed {@code <details>}; and the
 * print stylesheet, with and without the script, gives a clean question sheet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuizNoJavaScriptBrowserTest {
    private Browser.SiteServer site;
    private ChromeDriver noJs;
    private ChromeDriverService service;
    private Path profile;

    @BeforeAll
    void setUp() throws IOException {
        Browser.assumeAvailable();
        site = Browser.serve(QuizTestSupport.sampleSite(), "/");
        profile = Files.createTempDirectory("build-site-chromium-nojs-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toString());
        options.addArguments(Browser.ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        noJs = new ChromeDriver(service, options);
        noJs.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void tearDown() {
        try {
            if (noJs != null) {
                noJs.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (site != null) {
                site.close();
            }
            Browser.deleteTree(profile);
        }
    }

    @Test
    void withoutJavaScriptEveryQuestionIsListedWithItsAnswerInDetails() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> t = QuizTestSupport.dictionary("vi");
        noJs.get(site.url("luyen-thi/" + QUIZ + "/"));

        // No script ran: the app stays hidden and empty, the sheet is shown.
        WebElement app = noJs.findElement(By.id("quiz-app"));
        assertThat(app.getDomAttribute("hidden")).isNotNull();
        assertThat(app.isDisplayed()).isFalse();
        assertThat(app.findElements(By.xpath("./*"))).isEmpty();
        WebElement sheet = noJs.findElement(By.id("quiz-static"));
        assertThat(sheet.getDomAttribute("hidden")).isNull();
        assertThat(sheet.isDisplayed()).isTrue();
        assertThat(sheet.findElement(By.cssSelector(".quiz-static-note")).getText()).isEqualTo(t.get("quiz_static_note"));

        List<JsonNode> questions = list(bank.path("questions"));
        List<WebElement> items = sheet.findElements(By.cssSelector(".quiz-static-q"));
        assertThat(items).isNotEmpty().hasSize(questions.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode q = questions.get(i);
            WebElement item = items.get(i);
            assertThat(item.findElement(By.cssSelector(".quiz-static-num")).getText()).isEqualTo(fill(t.get("quiz_question_number"), Map.of("n", i + 1)));
            WebElement text = item.findElement(By.cssSelector(".quiz-static-text"));
            assertThat(norm(text.getText())).isEqualTo(plain(q.path("question").asText()));
            assertThat(text.getDomAttribute("lang")).isEqualTo(bank.path("lang").asText());
            List<WebElement> options = item.findElements(By.cssSelector(".quiz-static-options li"));
            List<String> letters = List.of("A", "B", "C", "D", "E", "F");
            List<String> expected = optionTexts(q);
            assertThat(options).hasSize(expected.size());
            for (int o = 0; o < options.size(); o++) {
                assertThat(norm(options.get(o).getText())).isEqualTo(letters.get(o) + ". " + expected.get(o));
            }
            // The answer waits in a closed <details>.
            WebElement details = item.findElement(By.cssSelector("details.quiz-static-answer"));
            assertThat(details.getDomAttribute("open")).isNull();
            WebElement correct = details.findElement(By.cssSelector(".quiz-static-correct"));
            assertThat(correct.isDisplayed()).isFalse();
            if (i == 0) {
                details.findElement(By.tagName("summary")).click();
                new WebDriverWait(noJs, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(correct));
                assertThat(correct.getText()).isEqualTo(t.get("quiz_correct_answer") + ": " + letters.get(q.path("correct").asInt()));
                assertThat(norm(details.findElement(By.cssSelector(".quiz-static-explanation")).getText()))
                        .isEqualTo(plain(q.path("explanation").asText()));
            }
        }
    }

    @Test
    void printedPageIsAQuestionSheetWithAnswersLeftOut() {
        noJs.get(site.url("en/luyen-thi/" + QUIZ + "/"));
        WebElement first = noJs.findElement(By.cssSelector(".quiz-static-q details"));
        first.findElement(By.tagName("summary")).click(); // one answer opened on screen stays on paper
        QuizTestSupport.emulatePrint(noJs, true);
        try {
            assertThat(noJs.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
            assertThat(noJs.findElement(By.cssSelector(".quiz-static-note")).isDisplayed()).isFalse();
            assertThat(noJs.findElement(By.id("quiz-static")).isDisplayed()).isTrue();
            List<WebElement> items = noJs.findElements(By.cssSelector(".quiz-static-q"));
            assertThat(items).hasSizeGreaterThan(1).allSatisfy(i -> {
                assertThat(i.getCssValue("break-inside")).isEqualTo("avoid");
                assertThat(i.findElement(By.cssSelector(".quiz-static-text")).isDisplayed()).isTrue();
            });
            assertThat(items.get(0).findElement(By.tagName("details")).isDisplayed()).isTrue();
            assertThat(items.subList(1, items.size())).allSatisfy(i -> assertThat(i.findElement(By.tagName("details")).isDisplayed()).isFalse());
        } finally {
            QuizTestSupport.emulatePrint(noJs, false);
        }
    }

    @Test
    void withTheScriptPrintingStillShowsTheSheetAndHidesTheApp() throws IOException {
        Browser browser = QuizTestSupport.sharedBrowser();
        ChromeDriver driver = browser.driver();
        browser.javaScriptProblems();
        QuizTestSupport.clearStorage(driver, site);
        driver.get(site.url("luyen-thi/" + QUIZ + "/"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quiz-app[data-state=intro]")));
        assertThat(driver.findElement(By.id("quiz-static")).isDisplayed()).isFalse();
        QuizTestSupport.emulatePrint(driver, true);
        try {
            assertThat(driver.findElement(By.id("quiz-app")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("quiz-static")).isDisplayed()).isTrue();
            assertThat(driver.findElements(By.cssSelector(".quiz-static-q"))).isNotEmpty()
                    .hasSize(QuizTestSupport.bank("vi").path("questions").size())
                    .allSatisfy(i -> assertThat(i.isDisplayed()).isTrue());
            assertThat(browser.javaScriptProblems()).isEmpty();
        } finally {
            QuizTestSupport.emulatePrint(driver, false);
        }
    }
}
