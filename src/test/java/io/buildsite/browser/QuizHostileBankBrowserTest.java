package io.buildsite.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bank whose title, domain, lesson, question, options and explanation hold markup, a closing
 * script tag and U+2028 builds, and the page shows all of it as text and runs none of it.
 */
class QuizHostileBankBrowserTest extends QuizBankSession {
    /** Each payload would set window.__pwned, open an alert or add an element if it ever ran or parsed. */
    private static final String PAYLOAD = "</script><script>window.__pwned=1</script>"
            + "<img src=x onerror=\"window.__pwned=1\"><img src=x onerror=alert(1)>"
            + "<svg onload=\"window.__pwned=1\"></svg>\u2028<b id=\"bold\">bold</b>";
    /** Inside backticks: quiz.js makes a <code> of it, whose text is still the literal markup. */
    private static final String CODE = "`<img src=x onerror=\"window.__pwned=1\">`";

    @Override
    protected String slug() {
        return "evil";
    }

    @Override
    protected Map<String, Object> bank() {
        return Map.of(
                "title", "Title " + PAYLOAD,
                "lang", "en",
                "duration_minutes", 5,
                "passing_score", 50,
                "domains", List.of(Map.of("name", "Domain " + PAYLOAD, "weight", 100,
                        "lessons", List.of(Map.of("title", "Lesson " + PAYLOAD, "slug", "no-such-lesson")))),
                "questions", List.of(
                        Map.of("id", 1, "domain", "Domain " + PAYLOAD, "question", "Q1 " + PAYLOAD + " " + CODE,
                                "options", List.of("Right " + PAYLOAD, "Wrong " + PAYLOAD + " " + CODE), "correct", 0,
                                "explanation", "Because " + PAYLOAD + " " + CODE),
                        Map.of("id", 2, "domain", "Domain " + PAYLOAD, "question", "Q2 " + PAYLOAD,
                                "options", List.of("Wrong2 " + PAYLOAD, "Right2 " + PAYLOAD), "correct", 1,
                                "explanation", "Because2 " + PAYLOAD)));
    }

    /** No alert, nothing set by a payload, no element a payload would have made. */
    private void nothingRan() {
        assertThatThrownBy(() -> page.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(page.js("return typeof window.__pwned")).isEqualTo("undefined");
        // In the page's main part: the site header's theme toggle draws its icon with an svg of its own.
        assertThat(page.js("return document.getElementById('main').querySelectorAll("
                + "'img, #bold, [onerror], [onload], svg:not(.quiz-chart), b').length")).isEqualTo(0L);
        assertThat(page.js("return document.querySelectorAll('img, #bold, [onerror], [onload]').length")).isEqualTo(0L);
        // The quiz data and the structured data are data blocks, which browsers never run.
        assertThat(page.js("return Array.prototype.filter.call(document.scripts, function (s) {"
                + " return s.textContent.indexOf('__pwned') >= 0 && s.type !== 'application/json'"
                + " && s.type !== 'application/ld+json'; }).length")).isEqualTo(0L);
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
    }

    private String text(WebElement e) {
        return (String) page.js("return arguments[0].textContent;", e);
    }

    @Test
    void hostileTextIsShownLiterallyAndNothingRuns() {
        for (String path : List.of("luyen-thi/evil/", "en/luyen-thi/evil/")) {
            page.open(site.url(path));
            nothingRan();
            assertThat(text(page.driver.findElement(By.cssSelector("h1.quiz-title")))).isEqualTo("Title " + PAYLOAD);
            assertThat(page.driver.getTitle()).startsWith("Title ");
            assertThat(text(page.driver.findElement(By.cssSelector(".quiz-weight-name")))).isEqualTo("Domain " + PAYLOAD);
            // The hidden static sheet holds the same text, escaped by the template.
            assertThat(text(page.driver.findElement(By.cssSelector(".quiz-static-domain span")))).isEqualTo("Domain " + PAYLOAD);

            WebElement fs = page.start("practice", false, 0);
            nothingRan();
            assertThat(text(fs.findElement(By.cssSelector(".quiz-qtext")))).isEqualTo("Q1 " + PAYLOAD + " " + CODE.replace("`", ""));
            assertThat(text(fs.findElement(By.cssSelector(".quiz-qtext code")))).isEqualTo(CODE.replace("`", ""));
            assertThat(fs.findElement(By.cssSelector(".quiz-qtext")).getDomAttribute("lang")).isEqualTo("en");
            List<WebElement> options = fs.findElements(By.cssSelector(".quiz-option-text"));
            assertThat(options.stream().map(this::text).toList())
                    .containsExactly("Right " + PAYLOAD, "Wrong " + PAYLOAD + " " + CODE.replace("`", ""));
            // Answer the first rightly: the explanation is text too.
            fs.findElements(By.cssSelector("label.quiz-option")).get(0).click();
            page.button("quiz-check").click();
            assertThat(text(page.driver.findElement(By.cssSelector("[data-testid=quiz-feedback] .quiz-explanation-text"))))
                    .isEqualTo("Because " + PAYLOAD + " " + CODE.replace("`", ""));
            nothingRan();
            page.button("quiz-next").click();
            fs = page.question(1);
            fs.findElements(By.cssSelector("label.quiz-option")).get(0).click(); // wrong
            page.button("quiz-check").click();
            page.button("quiz-next").click();

            WebElement results = page.results();
            nothingRan();
            WebElement row = results.findElement(By.cssSelector("[data-testid=quiz-domain-row]"));
            assertThat(row.getDomAttribute("data-domain")).isEqualTo("Domain " + PAYLOAD);
            assertThat(text(row.findElement(By.cssSelector(".quiz-domain-name")))).isEqualTo("Domain " + PAYLOAD);
            // 1 of 2 = 50%: a pass, so no lessons listed; the review list still shows every text.
            List<WebElement> items = results.findElements(By.cssSelector("[data-testid=quiz-review-item]"));
            assertThat(items).hasSize(2);
            assertThat(text(items.get(1).findElement(By.cssSelector("[data-testid=quiz-review-yours] .quiz-option-text")))).isEqualTo("Wrong2 " + PAYLOAD);
            assertThat(text(items.get(1).findElement(By.cssSelector("[data-testid=quiz-review-right] .quiz-option-text")))).isEqualTo("Right2 " + PAYLOAD);
            assertThat(text(items.get(1).findElement(By.cssSelector(".quiz-explanation-text")))).isEqualTo("Because2 " + PAYLOAD);
            assertThat(text(results.findElement(By.cssSelector("[data-testid=quiz-history] title")))).doesNotContain("<");

            // A failed attempt lists the domain's lesson: the title as text, "coming soon", no link.
            results.findElement(By.cssSelector("[data-testid=quiz-retake]")).click();
            for (int pos = 0; pos < 2; pos++) {
                fs = page.question(pos);
                fs.findElements(By.cssSelector("label.quiz-option")).get(pos == 0 ? 1 : 0).click();
                page.button("quiz-check").click();
                page.button("quiz-next").click();
            }
            results = page.results();
            WebElement review = results.findElement(By.cssSelector(".quiz-review"));
            assertThat(text(review.findElement(By.cssSelector(".quiz-lesson-title")))).isEqualTo("Lesson " + PAYLOAD);
            assertThat(review.findElements(By.tagName("a"))).isEmpty();
            assertThat(review.findElement(By.cssSelector("[data-testid=quiz-coming-soon]")).isDisplayed()).isTrue();
            nothingRan();
        }
    }
}
