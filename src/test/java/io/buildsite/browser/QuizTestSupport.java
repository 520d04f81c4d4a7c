package io.buildsite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared by the Quiz* browser tests: the sample site built once per test JVM, a browser launch
 * without smooth scrolling, the bank and dictionaries, and a small driver for the quiz page.
 * (Not a test class: the name does not end in Test.)
 */
final class QuizTestSupport {
    static final String QUIZ = "git-github";
    static final String COURSE = "luyen-thi-git-github";
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path sampleOut;
    private static Browser shared;

    private QuizTestSupport() {
    }

    /** The sample site (the repository itself) built into a temporary folder, once per JVM. */
    static synchronized Path sampleSite() throws IOException {
        if (sampleOut == null) {
            Path work = Files.createTempDirectory("build-site-quiz-");
            Path out = work.resolve("site");
            TestSite.Result r = TestSite.run("build", "--quiet", "--source", ProjectSite.root().toString(),
                    "--output", out.toString());
            assertThat(r.exitCode()).as("build of the sample site: %s", r.stderr()).isZero();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Browser.deleteTree(work)));
            sampleOut = out;
        }
        return sampleOut;
    }

    /**
     * {@link Browser#launch()} with {@code prefers-reduced-motion: reduce} emulated, so the theme's
     * smooth scrolling does not move an element away while Selenium clicks it.
     */
    static Browser launch() throws IOException {
        Browser browser = Browser.launch();
        reduceMotion(browser.driver());
        return browser;
    }

    /**
     * One browser for all Quiz* test classes of this JVM (launching one costs seconds); quit when
     * the JVM ends. Tests clear localStorage and undo any emulation or injected script they add.
     */
    static synchronized Browser sharedBrowser() throws IOException {
        if (shared == null) {
            Browser b = launch();
            Runtime.getRuntime().addShutdownHook(new Thread(b::close));
            shared = b;
        }
        return shared;
    }

    /** Builds a site holding only the quiz bank {@code bank} (as data/quizzes/{slug}.json) and serves it. */
    static Browser.SiteServer serveBank(Path dir, String slug, Object bank) throws IOException {
        io.buildsite.testing.TestSite.Result r = io.buildsite.testing.TestSite.in(dir)
                .file("content/.keep", "")
                .file("data/quizzes/" + slug + ".json", JSON.writeValueAsString(bank))
                .build();
        assertThat(r.exitCode()).as("build of the bank: %s", r.stderr()).isZero();
        return Browser.serve(io.buildsite.testing.TestSite.in(dir).output(), "/");
    }

    static void reduceMotion(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /** Forgets what the pages of {@code server} kept in localStorage (attempts, history). */
    static void clearStorage(ChromeDriver driver, Browser.SiteServer server) {
        driver.get(server.url(""));
        driver.executeScript("localStorage.clear();");
    }

    static void emulatePrint(ChromeDriver driver, boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : "",
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    // ---- data -------------------------------------------------------------------------------

    static JsonNode bank(String lang) throws IOException {
        String name = lang.equals("vi") ? QUIZ + ".json" : QUIZ + "." + lang + ".json";
        return JSON.readTree(ProjectSite.root().resolve("data/quizzes").resolve(name).toFile());
    }

    static Map<String, String> dictionary(String lang) throws IOException {
        try (Reader r = Files.newBufferedReader(ProjectSite.root().resolve("templates/i18n/" + lang + ".yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> raw = new Yaml().load(r);
            Map<String, String> t = new HashMap<>();
            raw.forEach((k, v) -> t.put(k, String.valueOf(v)));
            return t;
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static Map<String, JsonNode> byId(JsonNode bank) {
        Map<String, JsonNode> m = new HashMap<>();
        bank.path("questions").forEach(q -> m.put(q.path("id").asText(), q));
        return m;
    }

    static List<String> optionTexts(JsonNode q) {
        return list(q.path("options")).stream().map(o -> plain(o.asText())).toList();
    }

    static String rightText(JsonNode q) {
        return optionTexts(q).get(q.path("correct").asInt());
    }

    static String firstWrongText(JsonNode q) {
        String right = rightText(q);
        return optionTexts(q).stream().filter(o -> !o.equals(right)).findFirst().orElseThrow();
    }

    /** What quiz.js shows for bank text: `code` spans lose their backticks; whitespace collapsed. */
    static String plain(String bankText) {
        return norm(bankText.replaceAll("`([^`]+)`", "$1"));
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Fills {name} placeholders like quiz.js's t(key, params). */
    static String fill(String template, Map<String, ?> params) {
        String s = template;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return s;
    }

    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(e -> norm(e.getText())).toList();
    }

    // ---- the page ---------------------------------------------------------------------------

    /** Drives the quiz page the way a learner does; every wait polls every 50 ms. */
    static final class QuizPage {
        final ChromeDriver driver;
        final WebDriverWait wait;

        QuizPage(ChromeDriver driver) {
            this.driver = driver;
            this.wait = new WebDriverWait(driver, WAIT);
            wait.pollingEvery(Duration.ofMillis(50));
        }

        Object js(String script, Object... args) {
            return ((JavascriptExecutor) driver).executeScript(script, args);
        }

        WebElement open(String url) {
            driver.get(url);
            return intro();
        }

        WebElement app() {
            return driver.findElement(By.id("quiz-app"));
        }

        WebElement intro() {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quiz-app[data-state=intro]")));
        }

        /** Picks mode, shuffle and question count on the intro (count 0 = all) and starts. */
        WebElement start(String mode, boolean shuffle, int count) {
            WebElement app = intro();
            WebElement radio = app.findElement(By.cssSelector("[data-testid=quiz-mode-" + mode + "]"));
            if (!radio.isSelected()) {
                radio.click();
            }
            WebElement box = app.findElement(By.cssSelector("[data-testid=quiz-shuffle]"));
            if (box.isSelected() != shuffle) {
                box.click();
            }
            List<WebElement> select = app.findElements(By.cssSelector("[data-testid=quiz-count]"));
            if (!select.isEmpty()) { // offered when the bank has more than five questions
                new Select(select.get(0)).selectByValue(String.valueOf(count));
            }
            app.findElement(By.cssSelector("[data-testid=quiz-start]")).click();
            return question(0);
        }

        WebElement question(int pos) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#quiz-app[data-state=question] [data-testid=quiz-question][data-index='" + pos + "']")));
        }

        WebElement current() {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#quiz-app[data-state=question] [data-testid=quiz-question]")));
        }

        JsonNode questionOf(WebElement fieldset, JsonNode bank) {
            JsonNode q = byId(bank).get(fieldset.getDomAttribute("data-question-id"));
            assertThat(q).as("question id %s is in the bank", fieldset.getDomAttribute("data-question-id")).isNotNull();
            return q;
        }

        /** The option texts in the order shown (one script call instead of one call per option). */
        @SuppressWarnings("unchecked")
        List<String> shownOptions(WebElement fieldset) {
            List<Object> raw = (List<Object>) js("return Array.prototype.map.call(arguments[0].querySelectorAll("
                    + "'label.quiz-option .quiz-option-text'), function (e) { return e.innerText; });", fieldset);
            return raw.stream().map(o -> norm(String.valueOf(o))).toList();
        }

        /** The label of the option whose text (as the bank has it, backticks dropped) is {@code text}. */
        WebElement option(WebElement fieldset, String text) {
            List<String> shown = shownOptions(fieldset);
            int i = shown.indexOf(text);
            assertThat(i).as("option '%s' among %s", text, shown).isNotNegative();
            return fieldset.findElements(By.cssSelector("label.quiz-option")).get(i);
        }

        WebElement radio(WebElement label) {
            return label.findElement(By.cssSelector("input[type=radio]"));
        }

        WebElement button(String testid) {
            return driver.findElement(By.cssSelector("#quiz-app [data-testid=" + testid + "]"));
        }

        List<WebElement> grid() {
            return driver.findElements(By.cssSelector("#quiz-app [data-testid=quiz-grid-item]"));
        }

        WebElement results() {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#quiz-app[data-state=results] [data-testid=quiz-results]")));
        }

        WebElement active() {
            return driver.switchTo().activeElement();
        }

        String testid(WebElement e) {
            return e.getDomAttribute("data-testid");
        }

        String alertText() {
            return driver.findElement(By.cssSelector("#quiz-app [data-testid=quiz-alert]")).getText();
        }

        /**
         * Replaces the open page's Date.now(), which the quiz's clock reads, with the real time plus an
         * offset that {@link #advanceClock} moves forward. Lasts until the page is left.
         */
        void fakeClock() {
            js(fakeClockScript(Duration.ZERO));
        }

        /**
         * Opens {@code url} with Date.now() {@code later} than the real time, as the learner coming back
         * after that long would (the page left saves what it keeps), and returns what {@code visit}
         * finds there; {@link #advanceClock} moves that page's clock on. Pages opened after it have the
         * real time again.
         */
        <T> T openLater(String url, Duration later, Supplier<T> visit) {
            Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", fakeClockScript(later)));
            try {
                open(url);
                return visit.get();
            } finally {
                driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
            }
        }

        private static String fakeClockScript(Duration ahead) {
            return """
                    (function () {
                      var realNow = Date.now.bind(Date);
                      var fakeNow = function () { return realNow() + fakeNow.offset; };
                      fakeNow.offset = %d;
                      Date.now = fakeNow;
                    })();""".formatted(ahead.toMillis());
        }

        void advanceClock(Duration by) {
            js("Date.now.offset += arguments[0];", by.toMillis());
        }

        String storage(String key) {
            return (String) js("return localStorage.getItem(arguments[0]);", key);
        }
    }
}
