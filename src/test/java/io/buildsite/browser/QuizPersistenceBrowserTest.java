package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.browser.QuizTestSupport.QuizPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static io.buildsite.browser.QuizTestSupport.fill;
import static io.buildsite.browser.QuizTestSupport.rightText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * localStorage, per quiz (shared by its pages in both languages): an attempt in progress survives a
 * reload (resume or discard) and a switch of language, finished attempts make a history with a chart
 * and a table that a button clears, what older versions kept per language is taken over, and broken,
 * foreign or unavailable storage is ignored.
 */
class QuizPersistenceBrowserTest extends QuizBrowserSession {
    private static final String KEY = "build-site.quiz." + QUIZ;

    private final ObjectMapper json = new ObjectMapper();
    private String url(String lang) {
        return site.url((lang.equals("vi") ? "" : lang + "/") + "luyen-thi/" + QUIZ + "/");
    }

    /** Question ids and the shown option texts, position by position, as the learner sees them. */
    private List<String> snapshot(int count) {
        List<String> out = new ArrayList<>();
        for (int pos = 0; pos < count; pos++) {
            page.grid().get(pos).click();
            WebElement fs = page.question(pos);
            out.add(fs.getDomAttribute("data-question-id") + " " + page.shownOptions(fs));
        }
        return out;
    }

    @Test
    void shuffledExamSurvivesAReloadAndResumesWhereItWas() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> t = QuizTestSupport.dictionary("vi");
        page.open(url("vi"));
        page.start("exam", true, 10);
        assertThat(page.grid()).hasSize(10);
        List<String> before = snapshot(10);

        // Answer three (rightly), flag the second, stop on position 6.
        for (int pos = 0; pos < 3; pos++) {
            page.grid().get(pos).click();
            WebElement fs = page.question(pos);
            page.option(fs, rightText(page.questionOf(fs, bank))).click();
            if (pos == 1) {
                page.button("quiz-flag").click();
            }
        }
        page.grid().get(5).click();
        page.question(5);
        String clockBefore = page.button("quiz-clock").getText();
        JsonNode stored = json.readTree(page.storage(KEY));
        assertThat(stored.path("attempt").path("mode").asText()).isEqualTo("exam");
        assertThat(stored.path("attempt").path("order")).hasSize(10);

        // Reload (as after closing the tab): the intro offers to resume, with what was done so far.
        page.driver.navigate().refresh();
        WebElement intro = page.intro();
        assertThat(intro.findElements(By.cssSelector("[data-testid=quiz-setup]"))).isEmpty();
        WebElement panel = intro.findElement(By.cssSelector("[data-testid=quiz-resume-panel]"));
        assertThat(panel.findElement(By.tagName("h3")).getText()).isEqualTo(t.get("quiz_resume_heading"));
        String info = panel.findElement(By.cssSelector("[data-testid=quiz-resume-info]")).getText();
        assertThat(info).startsWith(t.get("quiz_mode_exam") + " · " + fill(t.get("quiz_answered_of"), Map.of("n", 3, "total", 10)) + " · ")
                .matches(".*\\d\\d:\\d\\d.*");
        panel.findElement(By.cssSelector("[data-testid=quiz-resume]")).click();

        // Back on position 6 with the same order, options, answers, flag, and the clock not reset.
        page.question(5);
        assertThat(page.button("quiz-mode").getText()).isEqualTo(t.get("quiz_mode_exam"));
        assertThat(page.button("quiz-clock").getText()).isLessThanOrEqualTo(clockBefore);
        assertThat(page.grid().stream().map(g -> g.getDomAttribute("data-answered")).toList())
                .containsExactly("true", "true", "true", "false", "false", "false", "false", "false", "false", "false");
        assertThat(page.grid().get(1).getDomAttribute("data-flagged")).isEqualTo("true");
        assertThat(snapshot(10)).containsExactlyElementsOf(before);
        page.grid().get(0).click();
        WebElement fs = page.question(0);
        assertThat(page.radio(page.option(fs, rightText(page.questionOf(fs, bank)))).isSelected()).isTrue();

        // Another reload, and this time discard: the setup form is back and nothing is kept.
        page.driver.navigate().refresh();
        page.intro().findElement(By.cssSelector("[data-testid=quiz-discard]")).click();
        intro = page.intro();
        assertThat(intro.findElements(By.cssSelector("[data-testid=quiz-resume-panel]"))).isEmpty();
        assertThat(intro.findElement(By.cssSelector("[data-testid=quiz-start]")).isDisplayed()).isTrue();
        page.wait.until(d -> page.button("quiz-status").getText().equals(t.get("quiz_discarded")));
        assertThat(page.storage(KEY)).isNull();
        page.driver.navigate().refresh();
        assertThat(page.intro().findElements(By.cssSelector("[data-testid=quiz-resume-panel]"))).isEmpty();
    }

    @Test
    void anAttemptStartedInVietnameseContinuesOnTheEnglishPageWithItsHistory() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> en = QuizTestSupport.dictionary("en");
        page.open(url("vi"));
        WebElement fs = page.start("exam", false, 0);
        page.button("quiz-submit").click();
        page.driver.findElement(By.cssSelector("dialog[open] [data-testid=quiz-dialog-submit]")).click();
        page.results().findElement(By.cssSelector("[data-testid=quiz-retake]")).click();
        fs = page.question(0);
        page.option(fs, rightText(page.questionOf(fs, bank))).click();
        String answeredId = fs.getDomAttribute("data-question-id");

        // The English page of the same quiz offers to continue, and shows the history.
        WebElement intro = page.open(url("en"));
        assertThat(intro.findElement(By.cssSelector("[data-testid=quiz-resume-info]")).getText())
                .startsWith(en.get("quiz_mode_exam") + " · " + fill(en.get("quiz_answered_of"), Map.of("n", 1, "total", bank.path("questions").size())));
        assertThat(intro.findElements(By.cssSelector("[data-testid=quiz-history] svg circle"))).hasSize(1);
        intro.findElement(By.cssSelector("[data-testid=quiz-resume]")).click();
        fs = page.question(0);
        assertThat(fs.getDomAttribute("data-question-id")).isEqualTo(answeredId);
        assertThat(page.grid().get(0).getDomAttribute("data-answered")).isEqualTo("true");
    }

    @Test
    void whatOlderVersionsKeptPerLanguageIsTakenOverOnce() throws IOException {
        page.open(url("en"));
        String finished = "{\"date\":%d,\"mode\":\"practice\",\"correct\":%d,\"total\":5,\"passed\":false,\"time\":1000}";
        page.js("localStorage.setItem(arguments[0], arguments[1]); localStorage.setItem(arguments[2], arguments[3]);",
                KEY + ".vi", "{\"v\":1,\"history\":[" + finished.formatted(1_700_000_000_000L, 1) + "]}",
                KEY + ".en", "{\"v\":1,\"history\":[" + finished.formatted(1_700_000_100_000L, 2) + "]}");
        page.driver.navigate().refresh();

        WebElement history = page.intro().findElement(By.cssSelector("[data-testid=quiz-history]"));
        assertThat(history.findElements(By.cssSelector("svg circle"))).hasSize(2);
        assertThat(page.storage(KEY + ".vi")).isNull();
        assertThat(page.storage(KEY + ".en")).isNull();
        JsonNode stored = json.readTree(page.storage(KEY));
        assertThat(stored.path("history").findValuesAsText("correct")).containsExactly("1", "2");
        page.open(url("vi"));
        assertThat(page.intro().findElements(By.cssSelector("[data-testid=quiz-history] svg circle"))).hasSize(2);
    }

    @Test
    void finishedAttemptsMakeAHistoryChartThatCanBeCleared() throws IOException {
        JsonNode bank = QuizTestSupport.bank("en");
        Map<String, String> t = QuizTestSupport.dictionary("en");
        int total = bank.path("questions").size();
        page.open(url("en"));

        // Attempt 1: exam, one right answer, submitted at once. Attempt 2: five random questions, all right.
        WebElement fs = page.start("exam", false, 0);
        page.option(fs, rightText(page.questionOf(fs, bank))).click();
        page.button("quiz-submit").click();
        page.driver.findElement(By.cssSelector("dialog[open] [data-testid=quiz-dialog-submit]")).click();
        WebElement results = page.results();
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-history-row]"))).hasSize(1);
        results.findElement(By.cssSelector("[data-testid=quiz-to-intro]")).click();
        page.start("practice", true, 5);
        for (int pos = 0; pos < 5; pos++) {
            fs = page.question(pos);
            page.option(fs, rightText(page.questionOf(fs, bank))).click();
            page.button("quiz-check").click();
            page.button("quiz-next").click();
        }
        results = page.results();
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo("100%");

        // The intro shows both: a chart (an image named by its summary) and a table for reading.
        page.driver.navigate().refresh();
        WebElement history = page.intro().findElement(By.cssSelector("[data-testid=quiz-history]"));
        WebElement chart = history.findElement(By.cssSelector("svg[data-testid=quiz-chart]"));
        assertThat(chart.getDomAttribute("role")).isEqualTo("img");
        assertThat(page.js("return arguments[0].namespaceURI", chart)).isEqualTo("http://www.w3.org/2000/svg");
        int first = Math.floorDiv(100, total);
        assertThat(page.js("return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent", chart))
                .isEqualTo(fill(t.get("quiz_history_summary"), Map.of("n", 2, "last", 100, "best", 100)));
        assertThat(chart.findElements(By.tagName("circle"))).hasSize(2);
        assertThat(chart.findElements(By.cssSelector("circle.is-pass"))).hasSize(1);
        assertThat(chart.findElements(By.tagName("polyline"))).hasSize(1);
        history.findElement(By.tagName("summary")).click();
        List<WebElement> rows = history.findElements(By.cssSelector("[data-testid=quiz-history-row]"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList().subList(2, 5))
                .containsExactly(t.get("quiz_mode_exam"), first + "% (1/" + total + ")", t.get("quiz_failed"));
        assertThat(rows.get(1).findElements(By.tagName("td")).stream().map(WebElement::getText).toList().subList(2, 5))
                .containsExactly(t.get("quiz_mode_practice"), "100% (5/5)", t.get("quiz_passed"));
        assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText()).matches(".*\\d.*");

        history.findElement(By.cssSelector("[data-testid=quiz-history-clear]")).click();
        page.wait.until(d -> d.findElements(By.cssSelector("#quiz-app [data-testid=quiz-history]")).isEmpty());
        page.wait.until(d -> page.button("quiz-status").getText().equals(t.get("quiz_history_cleared")));
        assertThat(json.readTree(page.storage(KEY)).path("history")).as("the history kept (the review deck stays)").isEmpty();
        page.driver.navigate().refresh();
        assertThat(page.intro().findElements(By.cssSelector("[data-testid=quiz-history]"))).isEmpty();
    }

    @Test
    void brokenOrForeignStoredDataIsIgnored() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        page.open(url("vi"));
        List<String> junk = List.of(
                "{not json",
                "42",
                "[1,2,3]",
                "{\"attempt\": \"x\", \"history\": {\"a\": 1}}",
                // A plausible attempt that does not fit this bank (question 99, wrong ids), and history rows of the wrong shape.
                "{\"v\":1,\"attempt\":{\"mode\":\"exam\",\"order\":[99],\"ids\":[\"1\"],\"opts\":{},\"answers\":{},\"flags\":{},\"pos\":0},"
                        + "\"history\":[{\"date\":\"yesterday\",\"mode\":\"exam\",\"correct\":1,\"total\":2},{\"mode\":\"<img src=x>\"},null]}",
                "{\"v\":1,\"attempt\":{\"mode\":\"practice\",\"order\":[0,0],\"ids\":[\"1\",\"1\"],\"opts\":{\"0\":[0,1,2,3]},\"answers\":{\"0\":9}}}",
                "{\"v\":1,\"attempt\":{\"mode\":\"exam\",\"order\":[0],\"ids\":[\"1\"],\"opts\":{\"0\":[0,0,1,2]},\"answers\":{}}}",
                // Review-deck cards out of range or of the wrong shape.
                "{\"v\":1,\"deck\":{\"1\":{\"box\":9,\"at\":0},\"2\":\"x\",\"3\":{\"box\":1,\"at\":\"now\"},\"__proto__\":{\"box\":1}}}");
        for (String value : junk) {
            page.js("localStorage.setItem(arguments[0], arguments[1]);", KEY, value);
            page.driver.navigate().refresh();
            WebElement intro = page.intro();
            assertThat(intro.findElements(By.cssSelector("[data-testid=quiz-resume-panel]"))).as(value).isEmpty();
            assertThat(intro.findElements(By.cssSelector("[data-testid=quiz-history], [data-testid=quiz-due-panel]"))).as(value).isEmpty();
            assertThat(intro.findElement(By.cssSelector("[data-testid=quiz-start]")).isDisplayed()).as(value).isTrue();
            assertThat(page.driver.findElements(By.cssSelector("#quiz-app img"))).isEmpty();
            assertThat(browser.javaScriptProblems()).as(value).isEmpty();
        }
        // The page still works, and its next save replaces the junk.
        WebElement fs = page.start("practice", false, 0);
        page.option(fs, rightText(page.questionOf(fs, bank))).click();
        page.button("quiz-check").click();
        assertThat(json.readTree(page.storage(KEY)).path("attempt").path("answers").size()).isEqualTo(1);
    }

    @Test
    void withoutStorageTheQuizStillWorksAndSaysNothingIsKept() throws IOException {
        JsonNode bank = QuizTestSupport.bank("vi");
        Map<String, String> t = QuizTestSupport.dictionary("vi");
        // As in a locked-down private window: touching localStorage throws.
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) page.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window, 'localStorage', {configurable: true, get: function () {"
                        + " throw new DOMException('The operation is insecure.', 'SecurityError'); }});"));
        try {
            WebElement intro = page.open(url("vi"));
            assertThat(intro.findElement(By.cssSelector("[data-testid=quiz-storage-off]")).getText()).isEqualTo(t.get("quiz_storage_off"));
            WebElement fs = page.start("practice", false, 5);
            for (int pos = 0; pos < 5; pos++) {
                fs = page.question(pos);
                page.option(fs, rightText(page.questionOf(fs, bank))).click();
                page.button("quiz-check").click();
                page.button("quiz-next").click();
            }
            WebElement results = page.results();
            assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo("100%");
            // History lives in memory for this visit.
            assertThat(results.findElements(By.cssSelector("[data-testid=quiz-history-row]"))).hasSize(1);
            page.driver.navigate().refresh();
            assertThat(page.intro().findElements(By.cssSelector("[data-testid=quiz-resume-panel], [data-testid=quiz-history]"))).isEmpty();
        } finally {
            page.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }
}
