package io.buildsite.browser;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The on-page table of contents (templates/assets/site.js) marks the section being read. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableOfContentsBrowserTest {
    @TempDir
    static Path work;
    private Browser browser;
    private Browser.SiteServer site;

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Browser.assumeAvailable();
        String text = "Text of the section.\n\n".repeat(60);
        TestSite lesson = TestSite.in(work.resolve("site"))
                .course("c", "title: Objects\nslug: c")
                .lesson("c", "01-x.md", "title: Object names\nslug: x",
                        "<h2 id=\"__proto__\">The prototype link</h2>\n\n" + text
                                + "## Constructor\n\n" + text + "## Later\n\n" + text)
                .lesson("c", "02-y.md", "title: Short endings\nslug: y",
                        "## Long start\n\n" + text + "## Short one\n\nA line.\n\n## Short two\n\nA line.\n");
        TestSite.Result r = lesson.build();
        assertThat(r.exitCode()).as("build: %s", r.stderr()).isZero();
        site = Browser.serve(lesson.output(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    void quit() throws Exception {
        Browser.closeAll(browser, site);
    }

    @Test
    void headingsWithIdsNamedLikeObjectPropertiesAreMarkedOnlyWhileTheyAreRead() {
        browser.driver().get(site.url("lessons/c/x/"));
        for (String id : new String[] {"later", "constructor", "__proto__", "later"}) {
            js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .withMessage(() -> "marked TOC entry after scrolling to #" + id + ": " + active())
                    .until(d -> ("#" + id).equals(active()));
        }
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
    }

    @Test
    void atThePageEndTheLastSectionInViewIsMarkedThoughItNeverReachesTheTop() {
        browser.driver().get(site.url("lessons/c/y/"));
        Object last = js("var a = document.querySelectorAll('.toc-list a'); return a[a.length - 1].getAttribute('href');");
        assertThat(last).isNotEqualTo(js("return document.querySelector('.toc-list a').getAttribute('href');"));

        js("window.scrollTo(0, document.documentElement.scrollHeight);");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .withMessage(() -> "marked TOC entry at the page end: " + active())
                .until(d -> last.equals(active()));
    }

    private Object active() {
        return js("var a = document.querySelectorAll('.toc-list a.is-active');"
                + " return Array.prototype.map.call(a, function (x) { return x.getAttribute('href'); }).join(' ');");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
