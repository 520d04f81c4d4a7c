package io.buildsite.browser;

import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no serious or critical problem on any kind of page, in either language, in the light and the dark theme. */
class AccessibilityBrowserTest {
    private static Browser browser;
    private static Browser.SiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        server = Browser.buildAndServe(ProjectSite.root(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "en/", "series/", "series/luyen-thi/luyen-thi-git-github/",
            "en/series/luyen-thi/luyen-thi-git-github/", "lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/",
            "en/lessons/luyen-thi-git-github/bai-2-nhanh-merge-xung-dot/",
            "en/lessons/luyen-thi-git-github/03-lich-su-hoan-tac/", "luyen-thi/", "luyen-thi/git-github/", "blog/",
            "blog/git-github-lo-trinh-on-thi/", "tags/", "tags/git/", "404.html"})
    void hasNoSeriousOrCriticalViolations(String page) {
        browser.driver().get(server.url(page));
        assertThat(AxeCheck.seriousViolationsInBothThemes(browser.driver())).isEmpty();
    }

    @Test
    void hasNoSeriousOrCriticalViolationsWithSearchResultsOpen() {
        browser.driver().get(server.url("lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys("/");
        WebElement input = browser.driver().switchTo().activeElement();
        input.sendKeys("merge");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[role=option]")).isEmpty());
        assertThat(AxeCheck.seriousViolationsInBothThemes(browser.driver())).isEmpty();
        input.sendKeys(Keys.ESCAPE);
    }
}
