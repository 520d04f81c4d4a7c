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
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.fill;
import static io.buildsite.browser.QuizTestSupport.firstWrongText;
import static io.buildsite.browser.QuizTestSupport.list;
import static io.buildsite.browser.QuizTestSupport.norm;
import static io.buildsite.browser.QuizTestSupport.plain;
import static io.buildsite.browser.QuizTestSupport.rightText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exam mode with a faked clock (the page's Date.now(), moved forward by the test): countdown,
 * changeable answers without feedback, the submit dialog, the 5- and 1-minute warnings in the
 * live region, and the automatic submission at zero.
 */
class QuizExamModeBrowserTest extends QuizBrowserSession {
    @Test
    void timedExamWarnsAtFiveAndOneMinuteAndSubmitsItselfAtZero() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> t = QuizTestSupport.dictionary("vi");
        int minutes = bank.path("duration_minutes").asInt();
        int total = bank.path("questions").size();
        assertThat(total).as("questions: the 10 answered here and some left unanswered").isGreaterThan(10);
        String limit = String.format("%02d:00", minutes);

        WebElement intro = page.open(site.url("luyen-thi/" + QUIZ + "/"));
        assertThat(intro.findElement(By.id("quiz-mode-exam-desc")).getText())
                .isEqualTo(fill(t.get("quiz_mode_exam_desc"), Map.of("n", minutes)));
        page.fakeClock();
        WebElement fs = page.start("exam", false, 0);

        // The countdown starts at the bank's duration; exam mode has no Check and no feedback.
        WebElement clock = page.button("quiz-clock");
        assertThat(clock.getDomAttribute("role")).isEqualTo("timer");
        assertThat(clock.getText()).isEqualTo(limit);
        assertThat(page.button("quiz-mode").getText()).isEqualTo(t.get("quiz_mode_exam"));
        assertThat(page.driver.findElements(By.cssSelector("#quiz-app [data-testid=quiz-check], #quiz-app [data-testid=quiz-feedback]"))).isEmpty();
        assertThat(page.grid()).hasSize(total);

        // Answer questions 1-10: ids divisible by 3 wrongly, the rest rightly; flag positions 2 and 5.
        int correct = 0;
        Set<String> flagged = new HashSet<>();
        for (int pos = 0; pos < 10; pos++) {
            fs = page.question(pos);
            JsonNode q = page.questionOf(fs, bank);
            boolean right = q.path("id").asInt() % 3 != 0;
            if (pos == 0) { // answers are changeable: first the wrong one, then another
                page.option(fs, firstWrongText(q)).click();
                assertThat(page.grid().get(0).getDomAttribute("data-answered")).isEqualTo("true");
            }
            WebElement label = page.option(fs, right ? rightText(q) : firstWrongText(q));
            label.click();
            assertThat(page.radio(label).isSelected()).isTrue();
            // No verdict is shown in exam mode.
            assertThat(fs.findElements(By.cssSelector(".is-correct, .is-wrong, .quiz-mark"))).isEmpty();
            assertThat(page.radio(label).isEnabled()).isTrue();
            if (right) {
                correct++;
            }
            if (pos == 2 || pos == 5) {
                page.button("quiz-flag").click();
                flagged.add(q.path("id").asText());
            }
            assertThat(page.button("quiz-answered").getText())
                    .isEqualTo(fill(t.get("quiz_answered_of"), Map.of("n", pos + 1, "total", total)));
            page.button("quiz-next").click();
        }
        // The grid: answered and flagged, by name; jump back to question 1 and find the answer kept.
        WebElement cell = page.grid().get(2);
        assertThat(cell.getDomAttribute("aria-label")).isEqualTo(fill(t.get("quiz_grid_item"), Map.of("n", 3)) + ", "
                + t.get("quiz_state_answered") + ", " + t.get("quiz_state_flagged"));
        assertThat(page.grid().get(11).getDomAttribute("aria-label"))
                .isEqualTo(fill(t.get("quiz_grid_item"), Map.of("n", 12)) + ", " + t.get("quiz_state_unanswered"));
        page.grid().get(0).click();
        fs = page.question(0);
        JsonNode first = page.questionOf(fs, bank);
        boolean firstRight = first.path("id").asInt() % 3 != 0;
        assertThat(page.radio(page.option(fs, firstRight ? rightText(first) : firstWrongText(first))).isSelected()).isTrue();
        assertThat(page.grid().get(0).getDomAttribute("aria-current")).isEqualTo("step");

        // The submit dialog counts answered, unanswered and flagged; Escape closes it, focus returns.
        WebElement submit = page.button("quiz-submit");
        submit.click();
        WebElement dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open][data-testid=quiz-dialog]")));
        assertThat(page.js("return arguments[0].matches(':modal')", dialog)).isEqualTo(true);
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo(t.get("quiz_dialog_title_exam"));
        assertThat(dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-answered]")).getText())
                .isEqualTo(fill(t.get("quiz_dialog_answered"), Map.of("n", 10, "total", total)));
        assertThat(dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-unanswered]")).getText())
                .isEqualTo(fill(t.get("quiz_dialog_unanswered"), Map.of("n", total - 10)));
        assertThat(dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-flagged]")).getText())
                .isEqualTo(fill(t.get("quiz_dialog_flagged"), Map.of("n", 2)));
        assertThat(page.testid(page.active())).isEqualTo("quiz-dialog-cancel");
        new Actions(page.driver).sendKeys(Keys.ESCAPE).perform();
        page.wait.until(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
        assertThat(page.active()).isEqualTo(submit);

        // 15 minutes pass: "5 minutes left" in the assertive live region, the clock turns urgent.
        WebElement alert = page.button("quiz-alert");
        assertThat(alert.getDomAttribute("aria-live")).isEqualTo("assertive");
        assertThat(alert.getText()).isEmpty();
        page.advanceClock(Duration.ofMinutes(minutes - 5).plusSeconds(1));
        page.wait.until(d -> alert.getText().equals(fill(t.get("quiz_time_warning"), Map.of("n", 5))));
        page.wait.until(d -> page.button("quiz-clock").getText().startsWith("04:5"));
        assertThat(page.driver.findElement(By.cssSelector("#quiz-app .quiz-timer")).getDomAttribute("class")).contains("is-low");

        // Another 4 minutes: "1 minute left".
        page.advanceClock(Duration.ofMinutes(4));
        page.wait.until(d -> alert.getText().equals(t.get("quiz_time_warning_one")));
        assertThat(page.button("quiz-clock").getText()).startsWith("00:5");

        // With the dialog open, time runs out: the exam is submitted on its own.
        page.button("quiz-submit").click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        page.advanceClock(Duration.ofMinutes(2));
        WebElement results = page.results();
        assertThat(page.driver.findElements(By.cssSelector("dialog"))).isEmpty();
        assertThat(alert.getText()).isEqualTo(t.get("quiz_time_up"));
        assertThat(page.active().getText()).isEqualTo(t.get("quiz_results_heading"));

        int pct = Math.floorDiv(correct * 100, total);
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo(pct + "%");
        assertThat(results.findElement(By.cssSelector(".quiz-correct-count")).getText())
                .isEqualTo(fill(t.get("quiz_correct_of"), Map.of("correct", correct, "total", total)));
        boolean passed = correct * 100 >= bank.path("passing_score").asInt() * total;
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-verdict]")).getDomAttribute("data-passed")).isEqualTo(String.valueOf(passed));
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-time-used]")).getText()).isEqualTo(
                t.get("quiz_mode_exam") + " · " + fill(t.get("quiz_time_used_of"), Map.of("time", limit, "limit", limit)));

        // Review: the unanswered questions are "wrong or unanswered"; the flagged filter shows the two.
        List<WebElement> items = results.findElements(By.cssSelector("[data-testid=quiz-review-item]"));
        assertThat(items).hasSize(total);
        assertThat(items.stream().filter(i -> "unanswered".equals(i.getDomAttribute("data-result")))).hasSize(total - 10);
        for (WebElement i : items.stream().filter(i -> "unanswered".equals(i.getDomAttribute("data-result"))).toList()) {
            assertThat(norm(i.findElement(By.cssSelector("[data-testid=quiz-review-yours]")).getText()))
                    .isEqualTo(t.get("quiz_your_answer") + ": " + t.get("quiz_not_answered"));
        }
        results.findElement(By.cssSelector("label[for=quiz-filter-wrong]")).click();
        assertThat(items.stream().filter(WebElement::isDisplayed)).hasSize(total - correct);
        results.findElement(By.cssSelector("label[for=quiz-filter-flagged]")).click();
        assertThat(items.stream().filter(WebElement::isDisplayed).map(i -> i.getDomAttribute("data-question-id")))
                .containsExactlyInAnyOrderElementsOf(flagged);
        page.wait.until(d -> d.findElement(By.cssSelector("#quiz-app [data-testid=quiz-status]")).getText()
                .equals(fill(t.get("quiz_review_shown"), Map.of("n", 2, "total", total))));

        // Explanations come now, tied to their questions.
        results.findElement(By.cssSelector("label[for=quiz-filter-all]")).click();
        for (WebElement i : items) {
            JsonNode q = QuizTestSupport.byId(bank).get(i.getDomAttribute("data-question-id"));
            assertThat(norm(i.findElement(By.cssSelector(".quiz-review-q")).getText())).isEqualTo(plain(q.path("question").asText()));
            assertThat(norm(i.findElement(By.cssSelector(".quiz-explanation-text")).getText())).isEqualTo(plain(q.path("explanation").asText()));
        }
        assertThat(list(bank.path("questions"))).hasSize(total);
    }

    @Test
    void lastQuestionOffersReviewAndSubmitAndTheDialogSubmits() throws IOException {
        JsonNode bank = QuizTestSupport.bank("en");
        Map<String, String> t = QuizTestSupport.dictionary("en");
        int total = bank.path("questions").size();
        page.open(site.url("en/luyen-thi/" + QUIZ + "/"));
        WebElement fs = page.start("exam", false, 0);
        assertThat(page.button("quiz-submit").getText()).isEqualTo(t.get("quiz_submit"));

        // Straight to the last question through the grid; answer it rightly.
        page.grid().get(total - 1).click();
        fs = page.question(total - 1);
        JsonNode q = page.questionOf(fs, bank);
        page.option(fs, rightText(q)).click();
        WebElement next = page.button("quiz-next");
        assertThat(next.getText()).isEqualTo(t.get("quiz_review_submit"));
        next.click();
        WebElement dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.findElement(By.cssSelector(".quiz-dialog-note")).getText()).isEqualTo(t.get("quiz_dialog_note"));
        dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-cancel]")).click();
        page.wait.until(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
        assertThat(page.active()).isEqualTo(next);

        next.click();
        dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-submit]")).click();
        WebElement results = page.results();
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo(Math.floorDiv(100, total) + "%");
        assertThat(page.alertText()).isEmpty();
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-verdict] strong")).getText()).isEqualTo(t.get("quiz_failed"));
    }
}
