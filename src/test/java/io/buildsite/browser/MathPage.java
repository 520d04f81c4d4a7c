package io.buildsite.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A page with math, once MathJax has typeset its formulas. */
final class MathPage {
    private static final Duration TYPESETTING = Duration.ofSeconds(20);
    private final ChromeDriver driver;

    private MathPage(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Opens {@code url} and waits for MathJax, which comes once a formula is near the screen, to typeset
     * them all.
     */
    static MathPage open(ChromeDriver driver, String url) {
        driver.get(url);
        driver.executeScript("document.querySelector('.math').scrollIntoView({block: 'center'})");
        new WebDriverWait(driver, TYPESETTING).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!(window.MathJax && MathJax.startup && MathJax.startup.promise)")));
        driver.manage().timeouts().scriptTimeout(TYPESETTING);
        driver.executeAsyncScript("MathJax.startup.promise.then(arguments[arguments.length - 1])");
        return new MathPage(driver);
    }

    /** How many display formulas the article shows, typeset. */
    int displayFormulas() {
        return driver.findElements(By.cssSelector("article .math > mjx-container[display='true'] mjx-math")).size();
    }

    /** The typeset formulas of the article. */
    List<WebElement> formulas() {
        return driver.findElements(By.cssSelector("article .math > mjx-container"));
    }

    /** The article's text as a reader sees it. */
    String articleText() {
        return driver.findElement(By.tagName("article")).getText();
    }

    /** Every script the page has and every resource it fetched, by URL. */
    static List<String> loadedScriptsAndResources(ChromeDriver driver) {
        List<String> urls = new ArrayList<>();
        Object found = driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat(Array.from(document.scripts, s => s.src).filter(s => s))");
        if (found instanceof List<?> list) {
            list.forEach(url -> urls.add(String.valueOf(url)));
        }
        return urls;
    }
}
