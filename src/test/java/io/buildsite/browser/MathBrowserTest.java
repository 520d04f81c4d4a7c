package io.buildsite.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample blog post's math, typeset by MathJax: read out through its MathML, drawn in the text's colour. */
class MathBrowserTest {
    private static final String POST = "blog/git-github-lo-trinh-on-thi/";
    private static Browser browser;
    private static Browser.SiteServer server;
    private ChromeDriver driver;

    @BeforeAll
    static void serve() throws IOException {
        Browser.assumeAvailable();
        server = Browser.serve(QuizTestSupport.sampleSite(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @BeforeEach
    void fresh() {
        driver = browser.driver();
        browser.javaScriptProblems();
    }

    @AfterEach
    void systemSchemeAndNoErrors() {
        EmulatedMedia.reset(driver);
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
        assertThat(server.notFound()).as("requests answered 404").isEmpty();
    }

    @Test
    void displayAndInlineMathAreTypesetInBothLanguages() {
        for (String page : new String[] {POST, "en/" + POST}) {
            MathPage math = MathPage.open(driver, server.url(page));

            assertThat(math.displayFormulas()).as(page).isEqualTo(1);
            assertThat(math.formulas()).as(page).hasSizeGreaterThan(4);
            assertThat(math.articleText()).as(page).doesNotContain("$").doesNotContain("\\(");
        }
    }

    @Test
    void eachFormulaCarriesMathMlForScreenReaders() {
        MathPage math = MathPage.open(driver, server.url(POST));

        for (WebElement formula : math.formulas()) {
            assertThat(formula.findElements(By.cssSelector("mjx-assistive-mml > math > *"))).isNotEmpty();
        }
    }

    @Test
    void mathIsDrawnInTheTextsColourInTheDarkTheme() {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.DARK);
        MathPage math = MathPage.open(driver, server.url(POST));
        WebElement formula = math.formulas().get(0);

        assertThat(formula.getCssValue("color"))
                .isEqualTo(driver.findElement(By.cssSelector("article .prose p")).getCssValue("color"))
                .isNotEqualTo("rgba(0, 0, 0, 1)");
    }

    @Test
    void theTypesetPostHasNoSeriousOrCriticalAccessibilityViolation() {
        MathPage.open(driver, server.url(POST));

        assertThat(AxeCheck.seriousViolationsInBothThemes(driver)).isEmpty();
    }
}
