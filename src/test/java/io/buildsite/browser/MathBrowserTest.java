package io.buildsite.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;


import static org.assertj.core.api.Assertions.assertThat;

/** The sample blog post's math, typeset by MathJax: read out through its MathML, drawn in the text's colour. */
class MathBrowserTest extends SampleSiteBrowserSession {
    private static final String POST = "blog/git-github-lo-trinh-on-thi/";
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
