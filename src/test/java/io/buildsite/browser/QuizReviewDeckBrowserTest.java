package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.fill;
import static io.buildsite.browser.QuizTestSupport.firstWrongText;
import static io.buildsite.browser.QuizTestSupport.rightText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missed questions: the results offer a practice of just those (and of the flagged ones), and a deck
 * keeps them in Leitner boxes whose intervals (0, 1, 3, 7, 14 days) decide when the intro calls them due.
 */
class QuizReviewDeckBrowserTest extends QuizBrowserSession {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private JsonNode bank;
    private Map<String, String> t;

    private String url() {
        return site.url("luyen-thi/" + QUIZ + "/");
    }

    /** Answers the practice questions shown, wrongly where {@code wrong} says so; returns their ids. */
    private List<String> answer(boolean... wrong) {
        List<String> ids = new ArrayList<>();
        for (int pos = 0; pos < wrong.length; pos++) {
            WebElement fs = page.question(pos);
            JsonNode q = page.questionOf(fs, bank);
            ids.add(q.path("id").asText());
            page.option(fs, wrong[pos] ? firstWrongText(q) : rightText(q)).click();
            page.button("quiz-check").click();
            page.button("quiz-next").click();
        }
        return ids;
    }

    private WebElement dueCount() {
        return page.intro().findElement(By.cssSelector("[data-testid=quiz-due]"));
    }

    @BeforeEach
    void openTheQuiz() throws IOException {
        bank = QuizTestSupport.bank("vi");
        t = QuizTestSupport.dictionary("vi");
        page.open(url());
    }

    /** How many questions the quiz page calls due when opened {@code later} from now. */
    private int dueAfter(Duration later) {
        return page.openLater(url(), later, () -> Integer.parseInt(dueCount().getDomAttribute("data-due")));
    }

    @Test
    void missedQuestionsAreRetriedAndComeBackWhenTheirBoxIsDue() {
        page.start("practice", false, 5);
        List<String> asked = answer(true, true, false, false, false);
        WebElement results = page.results();
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-retry-flagged]"))).as("nothing flagged").isEmpty();
        WebElement retry = results.findElement(By.cssSelector("[data-testid=quiz-retry-missed]"));
        assertThat(retry.getText()).isEqualTo(fill(t.get("quiz_retry_missed"), Map.of("n", 2)));

        // The retry asks just the two missed questions; both right now, they move to box 2.
        retry.click();
        page.question(0);
        assertThat(page.grid()).hasSize(2);
        assertThat(answer(false, false)).containsExactlyInAnyOrderElementsOf(asked.subList(0, 2));
        results = page.results();
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-history-row]"))).as("a retry is not a quiz score").hasSize(1);
        results.findElement(By.cssSelector("[data-testid=quiz-to-intro]")).click();
        assertThat(dueCount().getText()).isEqualTo(fill(t.get("quiz_due"), Map.of("n", 0)));
        assertThat(page.app().findElements(By.cssSelector("[data-testid=quiz-due-start]"))).isEmpty();

        // Box 2 waits a day.
        assertThat(dueAfter(Duration.ofHours(23))).isZero();
        assertThat(dueAfter(Duration.ofDays(1).plus(MINUTE))).isEqualTo(2);

        // Practised a day later: one wrong (back to box 1, due at once), one right (box 3, three days on).
        String dueAfterPractice = page.openLater(url(), Duration.ofDays(1).plus(MINUTE), () -> {
            page.intro().findElement(By.cssSelector("[data-testid=quiz-due-start]")).click();
            assertThat(page.grid()).hasSize(2);
            answer(true, false);
            page.results().findElement(By.cssSelector("[data-testid=quiz-to-intro]")).click();
            return dueCount().getDomAttribute("data-due");
        });
        assertThat(dueAfterPractice).isEqualTo("1");
        assertThat(dueAfter(Duration.ofDays(4).plus(MINUTE.multipliedBy(2)))).isEqualTo(2);
    }

    @Test
    void flaggedQuestionsCanBeRetriedOnTheirOwn() {
        page.start("exam", false, 5);
        WebElement fs = page.question(0);
        String flaggedId = fs.getDomAttribute("data-question-id");
        page.option(fs, rightText(page.questionOf(fs, bank))).click();
        page.button("quiz-flag").click();
        page.button("quiz-submit").click();
        page.driver.findElement(By.cssSelector("dialog[open] [data-testid=quiz-dialog-submit]")).click();

        WebElement retry = page.results().findElement(By.cssSelector("[data-testid=quiz-retry-flagged]"));
        assertThat(retry.getText()).isEqualTo(fill(t.get("quiz_retry_flagged"), Map.of("n", 1)));
        retry.click();
        assertThat(page.grid()).hasSize(1);
        assertThat(page.question(0).getDomAttribute("data-question-id")).isEqualTo(flaggedId);
        assertThat(page.button("quiz-mode").getText()).isEqualTo(t.get("quiz_mode_practice"));
    }
}
