package io.buildsite.browser;

import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice-exam page on a phone (390×844) and on touch screens: the start button is on the first
 * screen, starts the attempt the setup below describes, and no keyboard hint shows where there are no keys.
 */
class QuizPhoneBrowserTest extends QuizBrowserSession {
    private static final Map<String, Object> PHONE = Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true);

    @AfterEach
    void desktopAgain() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    private void phone() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", PHONE);
        browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"luyen-thi/git-github/", "en/luyen-thi/git-github/"})
    void theStartButtonIsOnAPhonesFirstScreen(String path) {
        phone();
        page.open(site.url(path));

        assertOnFirstScreen(path);
    }

    @Test
    void theStartButtonOnTopStartsTheSetupItDescribes() {
        page.open(site.url("en/luyen-thi/git-github/"));
        WebElement app = page.intro();
        WebElement summary = app.findElement(By.cssSelector("[data-testid=quiz-quick-summary]"));
        assertThat(summary.getText()).startsWith("Practice · 14 questions.");

        app.findElement(By.cssSelector("[data-testid=quiz-mode-exam]")).click();
        new Select(app.findElement(By.cssSelector("[data-testid=quiz-count]"))).selectByValue("5");
        assertThat(summary.getText()).startsWith("Exam · 5 questions.");
        app.findElement(By.cssSelector("[data-testid=quiz-quick-start]")).click();

        page.question(0);
        assertThat(page.driver.findElements(By.cssSelector("#quiz-app [role=timer]"))).hasSize(1);
        assertThat(page.grid()).hasSize(5);
    }

    @Test
    void noKeyboardHintOnATouchScreen() {
        phone();
        page.open(site.url("luyen-thi/git-github/"));
        assertThat((Boolean) page.js("return matchMedia('(hover: none) and (pointer: coarse)').matches;")).isTrue();
        page.start("practice", false, 0);

        assertThat(page.driver.findElement(By.cssSelector("#quiz-app .quiz-keys")).isDisplayed()).isFalse();
        assertThat(page.driver.findElement(By.cssSelector("form.search .search-key")).isDisplayed()).isFalse();
    }

    @Test
    void theKeyboardHintShowsWithAMouseAndKeys() {
        page.open(site.url("luyen-thi/git-github/"));
        page.start("practice", false, 0);

        assertThat(page.driver.findElement(By.cssSelector("#quiz-app .quiz-keys")).isDisplayed()).isTrue();
        assertThat(page.driver.findElement(By.cssSelector("form.search .search-key")).isDisplayed()).isTrue();
    }

    @Test
    void theCorpusQuizzesShowTheirStartOnAPhonesFirstScreen() throws IOException {
        Path corpus = SharedCorpus.root();
        Path out = Files.createTempDirectory("quiz-phone-").resolve("site");
        TestSite.Result built = TestSite.run("build", "--quiet", "--source", corpus.toString(), "--output", out.toString());
        assertThat(built.exitCode()).as("build of the corpus: %s", built.stderr()).isZero();
        try (Browser.SiteServer corpusSite = Browser.serve(out, "/")) {
            phone();
            for (String path : List.of("luyen-thi/cka/", "en/luyen-thi/cka/", "luyen-thi/nvidia-dli-generative-ai/",
                    "en/luyen-thi/nvidia-dli-generative-ai/")) {
                page.open(corpusSite.url(path));
                assertOnFirstScreen(path);
            }
            assertThat(corpusSite.notFound()).isEmpty();
        } finally {
            Browser.deleteTree(out.getParent());
        }
    }

    private void assertOnFirstScreen(String path) {
        WebElement start = page.intro().findElement(By.cssSelector("[data-testid=quiz-quick-start]"));
        assertThat((Number) page.js("return window.scrollY;")).as("%s opens at the top", path).matches(y -> y.doubleValue() == 0);
        assertThat((Boolean) page.js("var r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", start))
                .as("%s: the start button inside the first 844 px", path).isTrue();
    }
}
