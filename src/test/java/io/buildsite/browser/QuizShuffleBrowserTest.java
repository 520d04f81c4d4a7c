package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildsite.browser.QuizTestSupport.QuizPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.fill;
import static io.buildsite.browser.QuizTestSupport.firstWrongText;
import static io.buildsite.browser.QuizTestSupport.list;
import static io.buildsite.browser.QuizTestSupport.norm;
import static io.buildsite.browser.QuizTestSupport.optionTexts;
import static io.buildsite.browser.QuizTestSupport.plain;
import static io.buildsite.browser.QuizTestSupport.rightText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shuffled attempts: questions and options come in a new order each attempt, yet scoring,
 * feedback letters and explanations stay with the right option; "N random questions" too.
 * Options are always found by their text from the bank, never by position.
 */
class QuizShuffleBrowserTest extends QuizBrowserSession {
    @Test
    void shuffledPracticeAttemptIsScoredByTheRightOptionNotItsPosition() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> t = QuizTestSupport.dictionary("vi");
        List<JsonNode> questions = list(bank.path("questions"));
        int total = questions.size();
        page.open(site.url("luyen-thi/" + QUIZ + "/"));
        page.start("practice", true, 0);

        List<String> order = new ArrayList<>();
        boolean optionsMoved = false;
        int correct = 0;
        Map<String, int[]> perDomain = new LinkedHashMap<>();
        for (int pos = 0; pos < total; pos++) {
            WebElement fs = page.question(pos);
            JsonNode q = page.questionOf(fs, bank);
            order.add(q.path("id").asText());
            List<String> shown = page.shownOptions(fs);
            assertThat(shown).containsExactlyInAnyOrderElementsOf(optionTexts(q));
            optionsMoved |= !shown.equals(optionTexts(q));

            boolean right = q.path("id").asInt() % 2 == 1;
            page.option(fs, right ? rightText(q) : firstWrongText(q)).click();
            page.button("quiz-check").click();
            WebElement feedback = page.button("quiz-feedback");
            page.wait.until(ExpectedConditions.attributeToBeNotEmpty(feedback, "data-correct"));
            assertThat(feedback.getDomAttribute("data-correct")).isEqualTo(String.valueOf(right));
            // The letter named is where the right option is shown now, and the label marked correct is it.
            String rightLetter = String.valueOf((char) ('A' + shown.indexOf(rightText(q))));
            assertThat(feedback.findElement(By.cssSelector(".quiz-feedback-verdict strong")).getText())
                    .isEqualTo(right ? t.get("quiz_feedback_correct") : fill(t.get("quiz_feedback_incorrect"), Map.of("letter", rightLetter)));
            assertThat(norm(fs.findElement(By.cssSelector("label.is-correct .quiz-option-text")).getText())).isEqualTo(rightText(q));
            assertThat(norm(feedback.findElement(By.cssSelector(".quiz-explanation-text")).getText()))
                    .isEqualTo(plain(q.path("explanation").asText()));
            int[] d = perDomain.computeIfAbsent(q.path("domain").asText(), k -> new int[2]);
            d[1]++;
            if (right) {
                correct++;
                d[0]++;
            }
            page.button("quiz-next").click();
        }
        assertThat(order).containsExactlyInAnyOrderElementsOf(questions.stream().map(q -> q.path("id").asText()).toList());
        assertThat(order).as("question order of a shuffled attempt").isNotEqualTo(questions.stream().map(q -> q.path("id").asText()).toList());
        assertThat(optionsMoved).as("some options shown out of the bank's order").isTrue();

        WebElement results = page.results();
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo(Math.floorDiv(correct * 100, total) + "%");
        assertThat(results.findElement(By.cssSelector(".quiz-correct-count")).getText())
                .isEqualTo(fill(t.get("quiz_correct_of"), Map.of("correct", correct, "total", total)));
        List<WebElement> rows = results.findElements(By.cssSelector("[data-testid=quiz-domain-row]"));
        assertThat(rows).as("a row per domain answered").hasSize(perDomain.size());
        for (WebElement row : rows) {
            int[] d = perDomain.get(row.getDomAttribute("data-domain"));
            assertThat(row.findElement(By.cssSelector(".quiz-domain-score")).getText()).isEqualTo(fill(t.get("quiz_domain_score"),
                    Map.of("correct", d[0], "total", d[1], "pct", Math.floorDiv(d[0] * 100, d[1]))));
            assertThat(row.findElement(By.cssSelector(".quiz-domain-verdict")).getText()).as("pass or fail in words")
                    .isEqualTo(t.get("true".equals(row.getDomAttribute("data-passed")) ? "quiz_passed" : "quiz_failed"));
        }
        // The review follows the attempt's order and names letters as they were shown.
        List<WebElement> items = results.findElements(By.cssSelector("[data-testid=quiz-review-item]"));
        assertThat(items.stream().map(i -> i.getDomAttribute("data-question-id")).toList()).containsExactlyElementsOf(order);

        // Retake: a new order, nothing answered.
        results.findElement(By.cssSelector("[data-testid=quiz-retake]")).click();
        page.question(0);
        assertThat(page.grid().stream().map(g -> g.getDomAttribute("data-answered"))).containsOnly("false");
        List<String> again = new ArrayList<>();
        for (int pos = 0; pos < total; pos++) {
            page.grid().get(pos).click();
            again.add(page.question(pos).getDomAttribute("data-question-id"));
        }
        assertThat(again).containsExactlyInAnyOrderElementsOf(order).isNotEqualTo(order);
    }

    @Test
    void anAttemptStartedWithTheDefaultsShowsOptionsOutOfTheBanksOrder() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        int total = bank.path("questions").size();
        WebElement intro = page.open(site.url("luyen-thi/" + QUIZ + "/"));
        assertThat(intro.findElement(By.cssSelector("[data-testid=quiz-shuffle]")).isSelected()).as("shuffle ticked by default").isTrue();
        intro.findElement(By.cssSelector("[data-testid=quiz-start]")).click();

        boolean optionsMoved = false;
        for (int pos = 0; pos < total; pos++) {
            page.grid().get(pos).click();
            WebElement fs = page.question(pos);
            optionsMoved |= !page.shownOptions(fs).equals(optionTexts(page.questionOf(fs, bank)));
        }
        assertThat(optionsMoved).as("some options shown out of the bank's order").isTrue();
    }

    @Test
    void fiveRandomQuestionsInExamModeAreScoredOutOfFive() throws IOException {
        JsonNode bank = QuizTestSupport.bank("en");
        Map<String, String> t = QuizTestSupport.dictionary("en");
        int minutes = bank.path("duration_minutes").asInt();
        int total = bank.path("questions").size();
        WebElement intro = page.open(site.url("en/luyen-thi/" + QUIZ + "/"));
        // Fewer questions, proportionally less time.
        new org.openqa.selenium.support.ui.Select(intro.findElement(By.cssSelector("[data-testid=quiz-count]"))).selectByValue("5");
        int scaled = Math.max(1, Math.round(minutes * 5f / total));
        assertThat(intro.findElement(By.id("quiz-mode-exam-desc")).getText()).isEqualTo(fill(t.get("quiz_mode_exam_desc"), Map.of("n", scaled)));
        page.start("exam", true, 5);
        assertThat(page.grid()).hasSize(5);
        assertThat(page.button("quiz-clock").getText()).isEqualTo(String.format("%02d:00", scaled));

        Set<String> ids = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (int pos = 0; pos < 5; pos++) {
            WebElement fs = page.question(pos);
            assertThat(fs.findElement(By.cssSelector(".quiz-qnum")).getText()).isEqualTo(fill(t.get("quiz_question_of"), Map.of("n", pos + 1, "total", 5)));
            JsonNode q = page.questionOf(fs, bank);
            ids.add(q.path("id").asText());
            domains.add(q.path("domain").asText());
            page.option(fs, rightText(q)).click();
            page.button("quiz-next").click();
        }
        assertThat(ids).hasSize(5);
        page.driver.findElement(By.cssSelector("dialog[open] [data-testid=quiz-dialog-submit]")).click();
        WebElement results = page.results();
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo("100%");
        assertThat(results.findElement(By.cssSelector(".quiz-correct-count")).getText())
                .isEqualTo(fill(t.get("quiz_correct_of"), Map.of("correct", 5, "total", 5)));
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-domain-row]")).stream().map(r -> r.getDomAttribute("data-domain")))
                .containsExactlyInAnyOrderElementsOf(domains);
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-review-item]"))).hasSize(5);
    }
}
