package io.buildsite.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam bar (time left, answered count, flag, submit) stays in the viewport while the learner
 * scrolls down a question longer than the screen, on a phone and on a desktop.
 */
class QuizExamBarBrowserTest extends QuizBankSession {
    @Override
    protected String slug() {
        return "long";
    }

    @Override
    protected Map<String, Object> bank() {
        String words = "a long option that wraps over several lines on a narrow screen, ".repeat(6);
        List<Object> questions = new ArrayList<>();
        for (int id = 1; id <= 3; id++) {
            questions.add(Map.of("id", id, "question", "Question " + id + ": " + words,
                    "options", List.of("A: " + words, "B: " + words, "C: " + words, "D: " + words, "E: " + words),
                    "correct", id % 5));
        }
        return Map.of("title", "Long", "lang", "en", "duration_minutes", 30, "questions", questions);
    }

    @AfterEach
    void restoreTheWindow() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        QuizTestSupport.clearStorage(browser.driver(), site);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844, true", "1280, 800, false"})
    void timerAndSubmitStayInSightAtTheLastOptionOfALongQuestion(int width, int height, boolean mobile) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        page.open(site.url("en/luyen-thi/long/"));
        WebElement question = page.start("exam", false, 0);
        List<WebElement> options = question.findElements(By.cssSelector("label.quiz-option"));
        page.js("arguments[0].scrollIntoView({block: 'end'});", options.get(options.size() - 1));

        assertThat((Number) page.js("return window.scrollY;")).as("the page scrolled").matches(y -> y.doubleValue() > 200);
        for (String part : List.of("[role=timer]", "[data-testid=quiz-submit]", "[data-testid=quiz-flag]", "[data-testid=quiz-answered]")) {
            WebElement e = page.driver.findElement(By.cssSelector("#quiz-app " + part));
            assertThat(inViewport(e)).as("%s in the viewport at %dx%d", part, width, height).isTrue();
        }
    }

    private boolean inViewport(WebElement e) {
        return (Boolean) page.js("var r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;", e);
    }
}
