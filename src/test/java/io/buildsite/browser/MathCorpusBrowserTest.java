package io.buildsite.browser;

import io.buildsite.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MathJax typesets the TeX of the real blog post in ../shared/corpus (skipped where that folder is absent),
 * and a page without math loads none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MathCorpusBrowserTest {
    private static final String POST = "blog/nvidia-dli-generative-ai-chung-chi-va-lo-trinh-hoc/";
    private Browser browser;
    private Browser.SiteServer site;

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Browser.assumeAvailable();
        site = Browser.buildAndServe(SharedCorpus.root(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    void quit() throws Exception {
        Browser.closeAll(browser, site);
    }

    @AfterEach
    void noErrors() {
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
        assertThat(site.notFound()).as("requests answered 404").isEmpty();
    }

    @Test
    void everyDisplayFormulaOfTheBlogPostIsTypesetAndNoDelimiterIsLeft() throws IOException {
        String html;
        try (InputStream page = URI.create(site.url(POST)).toURL().openStream()) {
            html = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
        int display = html.split("<span class=\"math\">\\$\\$", -1).length - 1;
        assertThat(display).isGreaterThanOrEqualTo(5);

        MathPage page = MathPage.open(browser.driver(), site.url(POST));

        assertThat(page.displayFormulas()).isEqualTo(display);
        assertThat(page.articleText()).doesNotContain("$$");
    }

    @Test
    void aPageWithoutMathLoadsNoMathJaxFile() {
        ChromeDriver driver = browser.driver();
        driver.get(site.url(""));

        assertThat(MathPage.loadedScriptsAndResources(driver)).isNotEmpty()
                .noneMatch(url -> url.contains("mathjax") || url.endsWith("/math.js"));
        assertThat(driver.executeScript("return typeof window.MathJax")).isEqualTo("undefined");
    }
}
