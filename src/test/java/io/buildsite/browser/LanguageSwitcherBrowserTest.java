package io.buildsite.browser;

import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The language switcher on every kind of page leads to the same page in the other language. */
class LanguageSwitcherBrowserTest {
    private static Browser browser;
    private static Browser.SiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        server = Browser.buildAndServe(ProjectSite.root(), "/repo/", "--base-url", "https://example.github.io/repo/");
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    private void switchTo(String lang) {
        WebElement link = driver().findElement(By.cssSelector("a.lang-switch[data-lang='" + lang + "']"));
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "series/", "series/luyen-thi/luyen-thi-git-github/",
            "lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/", "lessons/luyen-thi-git-github/03-lich-su-hoan-tac/",
            "luyen-thi/", "luyen-thi/git-github/", "blog/", "blog/git-github-lo-trinh-on-thi/", "tags/", "tags/git/"})
    void switchingLeadsToTheSamePageInTheOtherLanguageAndBack(String page) {
        driver().get(server.url(page));
        assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

        switchTo("en");
        assertThat(path()).isEqualTo("/repo/en/" + page);
        assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        switchTo("vi");
        assertThat(path()).isEqualTo("/repo/" + page);
    }

    @Test
    void switchingOnThe404PageLeadsToTheOther404Page() {
        driver().get(server.url("404.html"));
        switchTo("en");
        assertThat(path()).isEqualTo("/repo/en/404.html");
    }

    @Test
    void switchingKeepsTheSectionBeingRead() {
        String lesson = "lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/";
        driver().get(server.url("en/" + lesson));
        WebElement firstHeading = driver().findElement(By.cssSelector(".prose h2[id]"));
        String id = firstHeading.getAttribute("id");
        driver().get(server.url("en/" + lesson) + "#" + id);

        switchTo("vi");

        assertThat(URI.create(driver().getCurrentUrl()).getFragment()).isEqualTo(id);
        assertThat(path()).isEqualTo("/repo/" + lesson);
    }

    @Test
    void theChoiceIsRememberedButNeverRedirects() {
        driver().get(server.url(""));
        switchTo("en");
        assertThat(driver().executeScript("return localStorage.getItem('build-site.lang')")).isEqualTo("en");

        driver().get(server.url(""));

        assertThat(path()).isEqualTo("/repo/");
        assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void anUntranslatedPageSaysSoAndPointsToItsOriginal() {
        driver().get(server.url("en/lessons/luyen-thi-git-github/03-lich-su-hoan-tac/"));

        assertThat(driver().findElement(By.cssSelector(".notice-untranslated")).isDisplayed()).isTrue();
        assertThat(driver().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"))
                .isEqualTo("https://example.github.io/repo/lessons/luyen-thi-git-github/03-lich-su-hoan-tac/");
        assertThat(driver().findElement(By.cssSelector("link[hreflang='x-default']")).getAttribute("href"))
                .isEqualTo("https://example.github.io/repo/lessons/luyen-thi-git-github/03-lich-su-hoan-tac/");
        assertThat(driver().findElement(By.cssSelector("[lang=vi] h1, h1[lang=vi]")).getText()).startsWith("Bài 3");
    }
}
