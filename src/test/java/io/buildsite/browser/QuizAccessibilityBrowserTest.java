package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildsite.browser.QuizTestSupport.QuizPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.firstWrongText;
import static io.buildsite.browser.QuizTestSupport.rightText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.1 A/AA and best practices) finds no serious or critical violation on the quiz
 * page, in the light and the dark theme, in each state: intro (fresh, and with an attempt to resume and a history), a practice
 * question with its feedback, an exam question, the submit dialog open, and the results.
 * Also checks the structure axe cannot judge: fieldset/legend, labelled radios, live regions.
 */
class QuizAccessibilityBrowserTest extends QuizBrowserSession {
    private void axe(String state) {
        List<String> violations = AxeCheck.seriousViolationsInBothThemes(page.driver);
        assertThat(violations).as("axe-core: serious/critical violations, %s", state).isEmpty();
    }

    @Test
    void everyStateOfAPracticeAttemptPassesAxe() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        page.open(site.url("luyen-thi/" + QUIZ + "/"));
        axe("intro");
        // A mode's description is read once, as its description, not again in its name.
        for (String mode : List.of("practice", "exam")) {
            WebElement radio = page.driver.findElement(By.id("quiz-mode-" + mode));
            WebElement description = page.driver.findElement(By.id(radio.getDomAttribute("aria-describedby")));
            assertThat(description.getText()).isNotBlank();
            assertThat(radio.getAccessibleName()).isNotBlank().doesNotContain(description.getText());
        }

        WebElement fs = page.start("practice", true, 0);
        // Each question is a fieldset whose legend holds the question, in the bank's language.
        assertThat(fs.getTagName()).isEqualTo("fieldset");
        WebElement legend = fs.findElement(By.xpath("./legend"));
        assertThat(legend.findElement(By.cssSelector(".quiz-qtext")).getDomAttribute("lang")).isEqualTo(bank.path("lang").asText());
        JsonNode q = page.questionOf(fs, bank);
        List<WebElement> radios = fs.findElements(By.cssSelector("input[type=radio]"));
        assertThat(radios).hasSize(q.path("options").size());
        for (WebElement radio : radios) {
            assertThat(page.driver.findElements(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']"))).hasSize(1);
        }
        assertThat(page.driver.findElement(By.cssSelector("nav.quiz-nav")).getDomAttribute("aria-label")).isNotBlank();

        page.option(fs, firstWrongText(q)).click();
        page.button("quiz-check").click();
        WebElement feedback = page.button("quiz-feedback");
        assertThat(feedback.getDomAttribute("aria-live")).isEqualTo("polite");
        page.wait.until(ExpectedConditions.attributeToBe(feedback, "data-correct", "false"));
        page.button("quiz-flag").click();
        axe("practice question, answered wrongly, flagged");

        // Finish early: the dialog.
        page.button("quiz-submit").click();
        WebElement dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertThat(dialog.getDomAttribute("aria-labelledby")).isEqualTo("quiz-dialog-title");
        axe("finish dialog open (practice)");
        dialog.findElement(By.cssSelector("[data-testid=quiz-dialog-submit]")).click();

        WebElement results = page.results();
        results.findElement(By.cssSelector("[data-testid=quiz-history] summary")).click();
        results.findElement(By.cssSelector("label[for=quiz-filter-flagged]")).click();
        axe("results, flagged filter, history table open");
        assertThat(page.button("quiz-status").getDomAttribute("role")).isEqualTo("status");
    }

    @Test
    void everyStateOfAnExamAttemptPassesAxe() throws IOException {
        JsonNode bank = QuizTestSupport.bank("en");
        page.open(site.url("en/luyen-thi/" + QUIZ + "/"));
        WebElement fs = page.start("exam", false, 0);
        page.option(fs, rightText(page.questionOf(fs, bank))).click();
        page.button("quiz-flag").click();
        page.button("quiz-next").click();
        page.question(1);
        axe("exam question");

        page.button("quiz-submit").click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        axe("submit dialog open (exam)");
        page.driver.findElement(By.cssSelector("dialog[open] [data-testid=quiz-dialog-submit]")).click();

        // A second attempt, left half-way: the intro offers to resume it and shows the history.
        page.results().findElement(By.cssSelector("[data-testid=quiz-retake]")).click();
        page.question(0);
        page.driver.navigate().refresh();
        WebElement intro = page.intro();
        intro.findElement(By.cssSelector("[data-testid=quiz-resume-panel]"));
        intro.findElement(By.cssSelector("[data-testid=quiz-history] summary")).click();
        axe("intro (en) with an unfinished attempt and a history");
    }
}
