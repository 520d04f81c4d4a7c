package io.buildsite.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives the header search box (templates/assets/search.js) of the page the browser shows: types
 * queries with real key presses and reads the rendered results. Waits on the script's own
 * {@code search:snippets} event, so a result list is never read half-way through typing.
 */
final class SearchBox {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** One rendered option of the result listbox. */
    record Hit(String id, String title, String href, String context, String snippet, List<String> marks,
               String lang, boolean selected) {
    }

    private final WebDriver driver;
    private final WebDriverWait wait;

    SearchBox(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        wait.pollingEvery(Duration.ofMillis(20));
    }

    /** Opens {@code url} and waits until search.js has revealed the search form. */
    SearchBox open(String url) {
        driver.get(url);
        wait.until(d -> "complete".equals(js("return document.readyState")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.search")));
        record();
        return this;
    }

    WebElement form() {
        return driver.findElement(By.cssSelector("form.search"));
    }

    WebElement input() {
        return driver.findElement(By.cssSelector("form.search input"));
    }

    WebElement panel() {
        return driver.findElement(By.cssSelector("form.search .search-panel"));
    }

    WebElement listbox() {
        return driver.findElement(By.cssSelector("form.search [role=listbox]"));
    }

    WebElement message() {
        return driver.findElement(By.cssSelector("form.search .search-msg"));
    }

    /** Replaces the input's text with {@code query} key by key and returns the complete results. */
    List<Hit> search(String query) {
        WebElement input = input();
        if (!isFocused(input)) {
            input.click();
        }
        clearEvents();
        if (!input.getDomProperty("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        }
        input.sendKeys(query);
        return awaitResults(query);
    }

    /** Waits until the results for exactly {@code query} (the input's value) are complete. */
    List<Hit> awaitResults(String query) {
        wait.withMessage(() -> "search results for \"" + query + "\"; events so far: "
                        + js("return JSON.stringify(window.__searchEvents)"))
                .until(d -> Boolean.TRUE.equals(js(
                        "var q = arguments[0]; return (window.__searchEvents || []).some(function (e) {"
                                + " return e.type === 'search:snippets' && e.query === q; })", query)));
        return hits();
    }

    /** The options shown now. */
    @SuppressWarnings("unchecked")
    List<Hit> hits() {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) js("""
                return Array.prototype.map.call(document.querySelectorAll('form.search [role=listbox] [role=option]'), function (a) {
                  function text(sel) { var e = a.querySelector(sel); return e ? e.textContent : ''; }
                  return {id: a.id, title: text('.search-hit-title'), href: a.href, context: text('.search-hit-context'),
                    snippet: text('.search-hit-snippet'), lang: a.getAttribute('lang') || '',
                    selected: a.getAttribute('aria-selected') === 'true',
                    marks: Array.prototype.map.call(a.querySelectorAll('mark'), function (m) { return m.textContent; })};
                });""");
        List<Hit> hits = new ArrayList<>();
        for (Map<String, Object> m : raw) {
            hits.add(new Hit((String) m.get("id"), (String) m.get("title"), (String) m.get("href"),
                    (String) m.get("context"), (String) m.get("snippet"), (List<String>) m.get("marks"),
                    (String) m.get("lang"), Boolean.TRUE.equals(m.get("selected"))));
        }
        return hits;
    }

    /** Addresses of every search-index file this page has requested, in request order. */
    @SuppressWarnings("unchecked")
    List<String> indexRequests() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".filter(function (n) { return n.indexOf('/search/') >= 0 && /\\.json$/.test(n); });");
    }

    boolean isFocused(WebElement element) {
        return Boolean.TRUE.equals(js("return document.activeElement === arguments[0]", element));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void record() {
        js("""
                if (window.__searchEvents) return;
                window.__searchEvents = [];
                ['search:rendered', 'search:snippets'].forEach(function (type) {
                  document.addEventListener(type, function (e) {
                    window.__searchEvents.push({type: type, query: e.detail.query, count: e.detail.count});
                  });
                });""");
    }

    private void clearEvents() {
        js("window.__searchEvents = [];");
    }

    /** Java's folding (io.buildsite.text.Slugify.fold), for checking what was highlighted. */
    /** Follows each result link: a page with a heading, no request answered 404, and its #fragment there. */
    static void assertEveryLinkOpens(WebDriver driver, Browser.SiteServer server, Iterable<String> links) {
        for (String link : links) {
            driver.get(link);
            org.assertj.core.api.Assertions.assertThat(server.notFound()).as("following %s", link).isEmpty();
            org.assertj.core.api.Assertions.assertThat(driver.findElement(By.tagName("h1")).getText())
                    .as("page at %s", link).isNotBlank();
            String fragment = java.net.URI.create(link).getFragment();
            if (fragment != null) {
                org.assertj.core.api.Assertions.assertThat(driver.findElements(By.id(fragment)))
                        .as("target of %s", link).isNotEmpty();
            }
        }
    }

    static String fold(String s) {
        return io.buildsite.text.Slugify.fold(Normalizer.normalize(s, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }
}
