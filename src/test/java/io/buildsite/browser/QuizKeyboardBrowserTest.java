package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildsite.browser.QuizTestSupport.QuizPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.fill;
import static io.buildsite.browser.QuizTestSupport.rightText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole attempt with the keyboard only (no clicks): Tab and Space on the intro, 1-9 / A-E to
 * choose, Enter to check and go on, F to flag, arrows to move, the dialog with Escape and Tab.
 * Native radio keys keep working; keys typed into a text field or while the dialog is open do nothing.
 */
class QuizKeyboardBrowserTest extends QuizBrowserSession {
    private void keys(CharSequence... keys) {
        new Actions(page.driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element matches (at most 80 times). */
    private WebElement tabTo(Predicate<WebElement> target, String what) {
        for (int i = 0; i < 80; i++) {
            keys(Keys.TAB);
            WebElement a = page.active();
            if (target.test(a)) {
                return a;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    private Predicate<WebElement> testid(String id) {
        return e -> id.equals(page.testid(e));
    }

    private void assertFocusVisible(WebElement e) {
        String outline = e.getCssValue("outline-style");
        assertThat(outline).as("focus outline of %s", page.testid(e)).isNotEqualTo("none");
    }

    @Test
    void learnerTakesAShuffledPracticeAttemptWithTheKeyboardOnly() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> t = QuizTestSupport.dictionary("vi");
        int total = bank.path("questions").size();
        page.open(site.url("luyen-thi/" + QUIZ + "/"));

        // Intro: Tab to the shuffle box (ticked by default), Space unticks and ticks it; Tab to Start, Enter starts.
        WebElement shuffle = tabTo(testid("quiz-shuffle"), "the shuffle box");
        keys(Keys.SPACE);
        assertThat(shuffle.isSelected()).isFalse();
        keys(Keys.SPACE);
        assertThat(shuffle.isSelected()).isTrue();
        WebElement start = tabTo(testid("quiz-start"), "the start button");
        assertFocusVisible(start);
        keys(Keys.ENTER);

        for (int pos = 0; pos < total; pos++) {
            WebElement fs = page.question(pos);
            // Focus is on the question's legend, so a screen reader reads it first.
            assertThat(page.active().getDomAttribute("class")).isEqualTo("quiz-legend");
            JsonNode q = page.questionOf(fs, bank);
            List<String> shown = page.shownOptions(fs);
            int want = shown.indexOf(rightText(q));

            if (pos == 2) {
                // F flags; ← and → move between questions (the previous one keeps its checked answer).
                keys("f");
                assertThat(page.button("quiz-flag").getDomAttribute("aria-pressed")).isEqualTo("true");
                assertThat(page.grid().get(2).getDomAttribute("data-flagged")).isEqualTo("true");
                page.wait.until(d -> page.button("quiz-status").getText().equals(fill(t.get("quiz_flagged_on"), Map.of("n", 3))));
                keys(Keys.ARROW_LEFT);
                page.question(1);
                assertThat(page.button("quiz-feedback").getDomAttribute("data-correct")).isEqualTo("true");
                keys(Keys.ARROW_RIGHT);
                fs = page.question(2);
            }
            if (pos == 3) {
                // Inside the radio group, arrows are the browser's: they move the choice, not the question.
                keys(Keys.TAB);
                WebElement firstRadio = page.active();
                assertThat(firstRadio.getDomAttribute("type")).isEqualTo("radio");
                assertFocusVisible(firstRadio.findElement(By.xpath("..")));
                keys(Keys.ARROW_DOWN);
                assertThat(fs.findElements(By.cssSelector("input[type=radio]")).get(1).isSelected()).isTrue();
                keys(Keys.ARROW_RIGHT);
                assertThat(fs.findElements(By.cssSelector("input[type=radio]")).get(2).isSelected()).isTrue();
                assertThat(fs.getDomAttribute("data-index")).isEqualTo("3");
                assertThat(page.driver.findElements(By.cssSelector("[data-testid=quiz-question][data-index='3']"))).hasSize(1);
            }
            if (pos == 4) {
                // Keys typed into a text field stay there.
                page.js("var i = document.createElement('input'); i.type = 'text'; i.id = 'probe'; i.setAttribute('aria-label', 'probe');"
                        + "document.querySelector('.quiz-page').insertBefore(i, document.getElementById('quiz-app')); i.focus();");
                keys("2", "f", Keys.ARROW_RIGHT, Keys.ENTER);
                assertThat(page.driver.findElement(By.id("probe")).getDomProperty("value")).isEqualTo("2f");
                assertThat(fs.findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();
                assertThat(page.button("quiz-flag").getDomAttribute("aria-pressed")).isEqualTo("false");
                assertThat(page.button("quiz-feedback").getText()).isEmpty();
                page.js("var i = document.getElementById('probe'); i.remove(); document.querySelector('.quiz-legend').focus();");
            }

            // Choose with a digit on even positions, with a letter on odd ones; Enter checks.
            String key = pos % 2 == 0 ? String.valueOf(want + 1) : String.valueOf((char) ('a' + want));
            keys(key);
            assertThat(page.radio(fs.findElements(By.cssSelector("label.quiz-option")).get(want)).isSelected()).isTrue();
            keys(Keys.ENTER);
            WebElement feedback = page.button("quiz-feedback");
            page.wait.until(ExpectedConditions.attributeToBe(feedback, "data-correct", "true"));
            assertThat(feedback.getText()).contains(t.get("quiz_feedback_correct"));
            // Focus moved to "Next"; Enter presses it.
            WebElement next = page.active();
            assertThat(page.testid(next)).isEqualTo("quiz-next");
            assertFocusVisible(next);
            keys(Keys.ENTER);
            if (pos < total - 1) {
                page.wait.until(ExpectedConditions.stalenessOf(fs));
            }
        }

        // One question is flagged, so "See results" opens the dialog; its focus starts on "Back".
        WebElement dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        WebElement back = page.active();
        assertThat(page.testid(back)).isEqualTo("quiz-dialog-cancel");
        // Keys do nothing behind an open dialog.
        keys("f", Keys.ARROW_LEFT);
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(page.grid().get(total - 1).getDomAttribute("data-flagged")).isEqualTo("false");
        assertThat(page.grid().get(total - 1).getDomAttribute("aria-current")).isEqualTo("step");
        keys(Keys.ESCAPE);
        page.wait.until(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
        assertThat(page.testid(page.active())).isEqualTo("quiz-next");

        keys(Keys.ENTER);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        keys(Keys.TAB);
        assertThat(page.testid(page.active())).isEqualTo("quiz-dialog-submit");
        keys(Keys.ENTER);
        WebElement results = page.results();
        assertThat(page.active().getText()).isEqualTo(t.get("quiz_results_heading"));
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo("100%");

        // The review filter is a native radio group too.
        tabTo(testid("quiz-filter-all"), "the review filter");
        keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(page.driver.findElement(By.cssSelector("[data-testid=quiz-filter-flagged]")).isSelected()).isTrue();
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-review-item]")).stream().filter(WebElement::isDisplayed))
                .hasSize(1);
    }

    @Test
    void examModeByKeyboardChangesAnswersAndEnterSubmitsOnTheLastQuestion() throws IOException {
        JsonNode bank = QuizTestSupport.bank("en");
        int total = bank.path("questions").size();
        page.open(site.url("en/luyen-thi/" + QUIZ + "/"));

        // The mode radios: Tab into the group, arrow to "Exam".
        tabTo(testid("quiz-mode-practice"), "the mode radios");
        keys(Keys.ARROW_DOWN);
        assertThat(page.driver.findElement(By.cssSelector("[data-testid=quiz-mode-exam]")).isSelected()).isTrue();
        tabTo(testid("quiz-start"), "the start button");
        keys(Keys.ENTER);

        WebElement fs = page.question(0);
        JsonNode q = page.questionOf(fs, bank);
        int want = page.shownOptions(fs).indexOf(rightText(q));
        int other = (want + 1) % 4;
        keys(String.valueOf(other + 1));
        assertThat(page.grid().get(0).getDomAttribute("data-answered")).isEqualTo("true");
        keys(String.valueOf((char) ('A' + want))); // answers stay changeable
        assertThat(page.radio(fs.findElements(By.cssSelector("label.quiz-option")).get(want)).isSelected()).isTrue();
        // Enter goes on to the next question; → / ← too.
        keys(Keys.ENTER);
        page.question(1);
        for (int pos = 2; pos < total; pos++) {
            keys(Keys.ARROW_RIGHT);
            page.question(pos);
        }
        keys(Keys.ARROW_RIGHT); // nothing after the last one
        page.question(total - 1);
        keys(Keys.ENTER);
        WebElement dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-unanswered]")).getText()).endsWith(String.valueOf(total - 1));
        keys(Keys.TAB, Keys.ENTER);
        WebElement results = page.results();
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo(Math.floorDiv(100, total) + "%");
    }
}
