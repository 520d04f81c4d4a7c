package io.buildsite.browser;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz page opened straight from disk (a file:// address), where browsers load no script modules:
 * the page keeps its static question sheet, the view readers without JavaScript get, while the
 * theme's classic scripts still run.
 */
class QuizFromDiskBrowserTest {
    private static final String BANK = """
            {"title": "Q", "lang": "en",
             "questions": [{"id": 1, "question": "First?", "options": ["Yes", "No"], "correct": 0},
                           {"id": 2, "question": "Second?", "options": ["Yes", "No"], "correct": 1}]}""";

    @Test
    void aQuizPageOpenedFromAFileShowsItsQuestionSheet(@TempDir Path dir) throws IOException {
        Browser.assumeAvailable();
        TestSite site = TestSite.in(dir).file("content/.keep", "").file("data/quizzes/q.json", BANK);
        TestSite.Result built = site.build();
        assertThat(built.exitCode()).as("build: %s", built.stderr()).isZero();
        Browser browser = QuizTestSupport.sharedBrowser();
        ChromeDriver driver = browser.driver();
        browser.javaScriptProblems();
        driver.get(site.output().resolve("en/luyen-thi/q/index.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));

        WebElement app = driver.findElement(By.id("quiz-app"));
        assertThat(app.isDisplayed()).isFalse();
        assertThat(app.findElements(By.xpath("./*"))).isEmpty();
        WebElement sheet = driver.findElement(By.id("quiz-static"));
        assertThat(sheet.isDisplayed()).isTrue();
        assertThat(sheet.findElements(By.cssSelector(".quiz-static-q"))).hasSize(2);
        assertThat(sheet.findElements(By.cssSelector("details.quiz-static-answer"))).hasSize(2);
        // search.js, a classic script, ran: it reveals the search form.
        assertThat(driver.findElement(By.cssSelector("form.search")).isDisplayed()).isTrue();
        assertThat(browser.javaScriptProblems()).as("only the refused load of the quiz's module is logged")
                .allSatisfy(problem -> assertThat(problem).contains("quiz.js"));
    }
}
