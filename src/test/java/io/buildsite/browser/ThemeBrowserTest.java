package io.buildsite.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dark theme: it follows the system's colour scheme until the reader presses the header's toggle,
 * whose choice is remembered; and a lesson prints light, without the site's navigation.
 */
class ThemeBrowserTest extends SampleSiteBrowserSession {
    private static final String LESSON = "lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/";
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    @BeforeEach
    void noChoiceYet() {
        QuizTestSupport.clearStorage(driver, server);
    }

    @Test
    void aDarkSystemSchemeGivesADarkPageWithLightText() {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.DARK);
        driver.get(server.url(LESSON));
        assertThat(luminance("document.body", "backgroundColor")).isLessThan(0.05);
        assertThat(luminance("document.body", "color")).isGreaterThan(0.6);
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void withNoChoiceTheSystemSchemeWinsAndIsFollowedAsItChanges() {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.LIGHT);
        driver.get(server.url(""));
        assertThat(luminance("document.body", "backgroundColor")).isGreaterThan(0.9);
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("false");

        EmulatedMedia.colorScheme(driver, EmulatedMedia.DARK);
        assertThat(luminance("document.body", "backgroundColor")).isLessThan(0.05);
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("data-theme")).isNull();
    }

    @Test
    void theToggleSwitchesADarkSystemToLightAndTheChoiceSurvivesAReload() {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.DARK);
        driver.get(server.url(LESSON));
        toggle().click();
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(luminance("document.body", "backgroundColor")).isGreaterThan(0.9);

        driver.navigate().refresh();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("light");
        assertThat(toggle().getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(luminance("document.body", "backgroundColor")).isGreaterThan(0.9);
    }

    @Test
    void choosingWhatTheSystemPrefersForgetsTheChoice() {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.LIGHT);
        driver.get(server.url(""));
        toggle().click();
        assertThat(storedTheme()).isEqualTo("dark");
        toggle().click();
        assertThat(storedTheme()).isNull();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("data-theme")).isNull();
    }

    @ParameterizedTest(name = "/{0}")
    @CsvSource({"'', Giao diện tối", "en/, Dark theme"})
    void theToggleIsAButtonNamedInThePagesLanguageThatTheKeyboardPresses(String page, String name) {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.LIGHT);
        driver.get(server.url(page));
        WebElement toggle = toggle();
        assertThat(toggle.getTagName()).isEqualTo("button");
        assertThat(toggle.getAccessibleName()).isEqualTo(name);

        driver.executeScript("arguments[0].focus();", toggle);
        toggle.sendKeys(Keys.SPACE);
        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("true");
        toggle.sendKeys(Keys.ENTER);
        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("false");
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void theToggleFitsInTheHeaderOverlappingNothing(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.get(server.url(LESSON));
            Rectangle toggle = toggle().getRect();
            assertThat(toggle.getWidth()).isGreaterThanOrEqualTo(24);
            assertThat(toggle.getHeight()).isGreaterThanOrEqualTo(24);
            assertThat(toggle.getX() + toggle.getWidth()).isLessThanOrEqualTo(width);
            for (String other : List.of(".brand", ".site-nav", ".search", ".lang-nav")) {
                Rectangle box = driver.findElement(By.cssSelector(other)).getRect();
                boolean apart = box.getX() >= toggle.getX() + toggle.getWidth() || toggle.getX() >= box.getX() + box.getWidth()
                        || box.getY() >= toggle.getY() + toggle.getHeight() || toggle.getY() >= box.getY() + box.getHeight();
                assertThat(apart).as("the toggle %s and %s %s", toggle, other, box).isTrue();
            }
            assertThat(driver.executeScript("var page = document.documentElement; return page.scrollWidth <= page.clientWidth;"))
                    .as("no sideways scrolling").isEqualTo(true);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theStoredChoiceIsSetOnTheRootBeforeTheStylesheetLoads() {
        EmulatedMedia.colorScheme(driver, EmulatedMedia.LIGHT);
        driver.executeScript("localStorage.setItem('build-site.theme', 'dark');");
        driver.get(server.url("en/"));
        assertThat(driver.findElements(By.cssSelector("head > script#theme-choice ~ link[rel=stylesheet]"))).hasSize(1);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("dark");
        assertThat(luminance("document.body", "backgroundColor")).isLessThan(0.05);
    }

    @Test
    void aLessonPrintsLightWithoutTheSitesNavigationAndWithItsLinksAddresses() {
        driver.executeScript("localStorage.setItem('build-site.theme', 'dark');");
        driver.get(server.url(LESSON));
        EmulatedMedia.print(driver, EmulatedMedia.DARK);

        for (String hidden : List.of(".site-header", ".site-nav", ".search", ".lang-nav", ".theme-toggle", ".doc-side",
                ".doc-toc", ".pager", ".site-footer", ".breadcrumbs")) {
            assertThat(driver.findElements(By.cssSelector(hidden))).as(hidden).isNotEmpty()
                    .allSatisfy(element -> assertThat(element.isDisplayed()).as(hidden).isFalse());
        }
        assertThat(luminance("document.body", "backgroundColor")).isGreaterThan(0.9);
        assertThat(luminance("document.body", "color")).isLessThan(0.05);
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector("
                + "'.prose a[href=\"https://git-scm.com/docs\"]'), '::after').content;"))
                .isEqualTo("\" (https://git-scm.com/docs)\"");
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.prose pre')).whiteSpace;"))
                .isEqualTo("pre-wrap");
    }

    private WebElement toggle() {
        return driver.findElement(By.cssSelector("[data-theme-toggle]"));
    }

    private Object storedTheme() {
        return driver.executeScript("return localStorage.getItem('build-site.theme');");
    }

    /** The relative luminance (WCAG) of an element's computed colour property, 0 black to 1 white. */
    private double luminance(String element, String property) {
        String colour = (String) driver.executeScript("return getComputedStyle(" + element + ")." + property + ";");
        Matcher rgb = RGB.matcher(colour);
        assertThat(rgb.find()).as("an rgb() colour: %s", colour).isTrue();
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
