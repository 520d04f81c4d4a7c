package io.buildsite.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * Domains and question ids named like Object.prototype's properties ({@code __proto__},
 * {@code constructor}, {@code toString}, {@code hasOwnProperty}) are ordinary names to the quiz page.
 */
class QuizPrototypeNamesBrowserTest extends QuizBankSession {
    private static final List<String> DOMAINS = List.of("__proto__", "constructor", "toString", "hasOwnProperty", "Git");

    @Override
    protected String slug() {
        return "names";
    }

    @Override
    protected Map<String, Object> bank() {
        // Every question's first option is picked; "correct" says whether that is right.
        List<Map<String, Object>> questions = List.of(
                question("__proto__", "__proto__", 0),
                question("constructor", "__proto__", 1),
                question("c1", "constructor", 0),
                question("c2", "constructor", 0),
                question("toString", "toString", 1),
                question("hasOwnProperty", "hasOwnProperty", 0),
                question("g1", "Git", 0),
                question("g2", "Git", 1));
        List<Map<String, Object>> domains = new ArrayList<>();
        DOMAINS.forEach(d -> domains.add(Map.of("name", d, "weight", 20)));
        return Map.of("title", "Names", "lang", "en", "passing_score", 50,
                "domains", domains, "questions", questions);
    }

    private static Map<String, Object> question(String id, String domain, int correct) {
        return Map.of("id", id, "domain", domain, "question", "Question " + id + "?",
                "options", List.of("First", "Second"), "correct", correct);
    }

    @Test
    void domainsNamedLikeObjectPropertiesEachGetTheirOwnTotalsAndObjectPrototypeStaysClean() throws IOException {
        Map<String, String> t = QuizTestSupport.dictionary("en");
        page.open(site.url("en/luyen-thi/names/"));
        Object prototypeBefore = page.js("return Object.getOwnPropertyNames(Object.prototype).sort().join();");

        page.start("practice", false, 0);
        for (int pos = 0; pos < 8; pos++) {
            WebElement fs = page.question(pos);
            fs.findElements(By.cssSelector("label.quiz-option")).get(0).click();
            page.button("quiz-check").click();
            page.button("quiz-next").click();
        }
        WebElement results = page.results();

        // Weakest first; equal shares keep the bank's order.
        List<String> rows = results.findElements(By.cssSelector("[data-testid=quiz-domain-row]")).stream()
                .map(row -> row.getDomAttribute("data-domain") + " "
                        + row.findElement(By.cssSelector(".quiz-domain-score")).getText())
                .toList();
        String score = t.get("quiz_domain_score");
        assertThat(rows).containsExactly(
                "toString " + QuizTestSupport.fill(score, Map.of("correct", 0, "total", 1, "pct", 0)),
                "__proto__ " + QuizTestSupport.fill(score, Map.of("correct", 1, "total", 2, "pct", 50)),
                "Git " + QuizTestSupport.fill(score, Map.of("correct", 1, "total", 2, "pct", 50)),
                "constructor " + QuizTestSupport.fill(score, Map.of("correct", 2, "total", 2, "pct", 100)),
                "hasOwnProperty " + QuizTestSupport.fill(score, Map.of("correct", 1, "total", 1, "pct", 100)));
        assertThat(results.getText()).doesNotContain("NaN");
        assertThat(results.findElement(By.cssSelector("[data-testid=quiz-score]")).getText()).isEqualTo("62%");
        assertThat(results.findElements(By.cssSelector("[data-testid=quiz-review-item]")).stream()
                .map(i -> i.getDomAttribute("data-question-id") + " " + i.getDomAttribute("data-result")).toList())
                .containsExactly("__proto__ correct", "constructor wrong", "c1 correct", "c2 correct",
                        "toString wrong", "hasOwnProperty correct", "g1 correct", "g2 wrong");

        assertThat(page.js("var keys = []; for (var k in {}) keys.push(k); return keys;")).asInstanceOf(LIST)
                .as("enumerable properties every object inherits").isEmpty();
        assertThat(page.js("return Object.getOwnPropertyNames(Object.prototype).sort().join();"))
                .as("Object.prototype's own properties").isEqualTo(prototypeBefore);
        assertThat(page.js("return [typeof Object.total, typeof Object.prototype.toString.total,"
                + " typeof Object.prototype.hasOwnProperty.total].join();"))
                .as("nothing counted on built-in functions").isEqualTo("undefined,undefined,undefined");
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
    }
}
