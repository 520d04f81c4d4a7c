package io.buildsite.browser;

import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Progress through a course (templates/assets/progress.js): a lesson marked done shows as done in its
 * outline, on its course page and card, and as the lesson to continue on home, in both languages; the
 * home page saves it all to a file and loads it back.
 */
class ProgressBrowserTest {
    private static final String COURSE = "series/luyen-thi/luyen-thi-git-github/";
    private static final String LESSON = "lessons/luyen-thi-git-github/bai-2-nhanh-merge-xung-dot/";
    private static final Duration WAIT = Duration.ofSeconds(5);
    @TempDir
    static Path downloads;
    private static Browser browser;
    private static Browser.SiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        server = Browser.buildAndServe(ProjectSite.root(), "/repo/");
        browser = Browser.launch();
        driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @BeforeEach
    void startWithNothingStored() {
        driver().manage().window().setSize(new Dimension(1280, 800));
        driver().get(server.url(""));
        driver().executeScript("localStorage.clear()");
    }

    private static ChromeDriver driver() {
        return browser.driver();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void aLessonReadToItsEndIsDoneInItsOutlineCourseCardAndHomeInBothLanguages(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        readToTheEnd(LESSON);

        String title = driver().findElement(By.cssSelector(".doc-header h1")).getText();
        for (String lang : new String[] {"", "en/"}) {
            driver().get(server.url(lang + LESSON));
            assertThat(toggle().getAttribute("aria-pressed")).as(lang).isEqualTo("true");
            assertThat(doneLinks(".outline")).as(lang).containsExactly(LESSON);
            driver().get(server.url(lang + COURSE));
            assertThat(doneLinks(".syllabus")).as(lang).containsExactly(LESSON);
            assertThat(shownProgress()).as(lang).isEqualTo("1/5");
            driver().get(server.url(lang));
            assertThat(shownProgress()).as(lang).isEqualTo("1/5");
            WebElement next = driver().findElement(By.cssSelector("[data-progress-continue]"));
            assertThat(next.isDisplayed()).as(lang).isTrue();
            assertThat(next.getAttribute("href")).isEqualTo(server.url(lang + LESSON));
        }
        driver().get(server.url(""));
        assertThat(driver().findElement(By.cssSelector("[data-progress-continue]")).getText()).endsWith(": " + title);
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
    }

    @Test
    void theToggleUndoesTheMarkAndReachingTheEndAgainDoesNotRedoIt() {
        readToTheEnd(LESSON);

        toggle().click();
        waitUntilPressed(false);
        assertThat(doneLinks(".outline")).isEmpty();
        driver().navigate().refresh();
        scrollToTheEnd();

        assertThatThrownBy(() -> waitUntilPressed(true, Duration.ofSeconds(1))).isInstanceOf(TimeoutException.class);
        toggle().click();
        waitUntilPressed(true);
        driver().get(server.url("en/" + COURSE));
        assertThat(shownProgress()).isEqualTo("1/5");
    }

    @Test
    void aLessonThatWasNeitherReadNorMarkedShowsNoProgress() {
        driver().get(server.url(LESSON));
        assertThat(toggle().getAttribute("aria-pressed")).isEqualTo("false");

        driver().get(server.url(COURSE));

        assertThat(driver().findElement(By.cssSelector(".course-progress")).isDisplayed()).isFalse();
        assertThat(doneLinks(".syllabus")).isEmpty();
    }

    @Test
    void theCourseShowsTheBestScoreOfItsQuizWhateverLanguageItWasTakenIn() {
        driver().executeScript("localStorage.setItem('build-site.quiz.git-github.vi', arguments[0]);"
                + "localStorage.setItem('build-site.quiz.git-github', arguments[1]);",
                "{\"v\":1,\"history\":[{\"date\":1,\"mode\":\"exam\",\"correct\":2,\"total\":3,\"passed\":false}]}",
                "{\"v\":1,\"history\":[{\"date\":2,\"mode\":\"practice\",\"correct\":3,\"total\":4,\"passed\":true}]}");

        driver().get(server.url("en/" + COURSE));

        assertThat(driver().findElement(By.cssSelector("[data-course-best]")).getText()).isEqualTo("75%");
        assertThat(shownProgress()).isEqualTo("0/5");
    }

    @Test
    void progressSavedToAFileComesBackAfterTheStorageIsCleared() throws IOException {
        readToTheEnd("en/" + LESSON);
        driver().get(server.url("en/"));
        Path file = downloads.resolve("build-site-progress.json");
        Files.deleteIfExists(file);

        driver().findElement(By.cssSelector("[data-progress-export]")).click();
        new WebDriverWait(driver(), WAIT).until(d -> Files.isRegularFile(file));
        driver().executeScript("localStorage.clear()");
        driver().navigate().refresh();
        assertThat(driver().findElement(By.cssSelector("[data-progress-continue]")).isDisplayed()).isFalse();
        driver().findElement(By.cssSelector("[data-progress-import]")).sendKeys(file.toString());

        new WebDriverWait(driver(), WAIT).until(d -> "1/5".equals(shownProgress()));
        assertThat(driver().findElement(By.cssSelector("[data-progress-continue]")).isDisplayed()).isTrue();
        assertThat(driver().findElement(By.cssSelector(".progress-status")).getText()).isNotEmpty();
        assertThat(driver().findElement(By.cssSelector(".progress-error")).getText()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON | {\"format\": \"build-site-progress\", \"version\": 1, \"items\": {",
            "another format | {\"format\": \"other\", \"version\": 1, \"items\": {}}",
            "a key the site does not own | {\"format\": \"build-site-progress\", \"version\": 1, \"items\": {\"build-site.progress.c\": \"{}\", \"theme\": \"dark\"}}",
            "a value that is not text | {\"format\": \"build-site-progress\", \"version\": 1, \"items\": {\"build-site.progress.c\": {}}}"})
    void aFileThatIsNotAnExportShowsAnErrorAndChangesNothing(String what, String content) throws IOException {
        readToTheEnd(LESSON);
        driver().get(server.url(""));
        Object before = storedItems();
        Path file = Files.writeString(downloads.resolve("broken.json"), content);

        driver().findElement(By.cssSelector("[data-progress-import]")).sendKeys(file.toString());

        WebElement alert = driver().findElement(By.cssSelector(".progress-panel [role=alert]"));
        new WebDriverWait(driver(), WAIT).until(d -> !alert.getText().isEmpty());
        assertThat(alert.getText()).contains("không có gì thay đổi");
        assertThat(storedItems()).isEqualTo(before);
        assertThat(shownProgress()).isEqualTo("1/5");
    }

    @Test
    void theProgressPanelPassesAccessibilityChecksWithAnErrorShown() throws IOException {
        driver().get(server.url("en/"));
        Path file = Files.writeString(downloads.resolve("not-progress.json"), "[]");
        driver().findElement(By.cssSelector("[data-progress-import]")).sendKeys(file.toString());
        new WebDriverWait(driver(), WAIT).until(d -> !d.findElement(By.cssSelector(".progress-error")).getText().isEmpty());

        assertThat(AxeCheck.seriousViolations(driver())).isEmpty();
    }

    @Test
    void aDoneLessonPassesAccessibilityChecks() {
        readToTheEnd("en/" + LESSON);

        assertThat(AxeCheck.seriousViolations(driver())).isEmpty();
    }

    private static WebElement toggle() {
        return driver().findElement(By.cssSelector("[data-lesson-done]"));
    }

    private static void readToTheEnd(String lesson) {
        driver().get(server.url(lesson));
        scrollToTheEnd();
        waitUntilPressed(true);
    }

    private static void scrollToTheEnd() {
        driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
    }

    private static void waitUntilPressed(boolean pressed) {
        waitUntilPressed(pressed, WAIT);
    }

    private static void waitUntilPressed(boolean pressed, Duration wait) {
        new WebDriverWait(driver(), wait).until(d -> String.valueOf(pressed).equals(toggle().getAttribute("aria-pressed")));
    }

    /** The lesson paths of the links ticked as done inside {@code scope}. */
    @SuppressWarnings("unchecked")
    private static List<String> doneLinks(String scope) {
        return (List<String>) driver().executeScript("return Array.prototype.map.call(document.querySelectorAll(arguments[0] + ' a.is-done'),"
                + " function (a) { return a.getAttribute('href').replace(/^(\\.\\.\\/)+/, ''); });", scope);
    }

    /** The first course progress shown, or null when none is. */
    private static String shownProgress() {
        return driver().findElements(By.cssSelector("[data-course-progress]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse(null);
    }

    private static Object storedItems() {
        return driver().executeScript("var items = {}; for (var i = 0; i < localStorage.length; i++) {"
                + " items[localStorage.key(i)] = localStorage.getItem(localStorage.key(i)); } return items;");
    }
}
