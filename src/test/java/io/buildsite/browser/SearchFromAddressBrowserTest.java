package io.buildsite.browser;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page opened with {@code ?q=words}, the address the home page's JSON-LD gives search engines, opens the
 * search box with those words and their results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFromAddressBrowserTest {
    @TempDir
    static Path work;
    private Browser browser;
    private Browser.SiteServer server;

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Browser.assumeAvailable();
        TestSite site = TestSite.in(work.resolve("site"))
                .course("c", "title: Khóa thử\nslug: c")
                .lesson("c", "01-mot.md", "title: Bài một\nslug: mot", "<p>Hôm nay chúng ta đăng bài.</p>\n")
                .lesson("c", "02-hai.md", "title: Bài hai\nslug: hai", "<p>Không có gì ở đây.</p>\n");
        TestSite.Result r = site.build();
        assertThat(r.exitCode()).as("build: %s", r.stderr()).isZero();
        server = Browser.serve(site.output(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    void quit() throws Exception {
        Browser.closeAll(browser, server);
    }

    @Test
    void aQueryInTheAddressFillsTheBoxAndShowsItsResults() {
        SearchBox box = new SearchBox(browser.driver())
                .open(server.url("?q=" + URLEncoder.encode("đăng", StandardCharsets.UTF_8)));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(() -> "results for the address's query: " + box.hits())
                .until(d -> box.panel().isDisplayed() && !box.hits().isEmpty());
        assertThat(box.input().getDomProperty("value")).isEqualTo("đăng");
        assertThat(box.isFocused(box.input())).isTrue();
        assertThat(box.hits()).extracting(SearchBox.Hit::title).containsExactly("Bài một");
        assertThat(browser.javaScriptProblems()).isEmpty();
    }

    @Test
    void aPageOpenedWithoutAQueryLoadsNoSearchCode() {
        SearchBox box = new SearchBox(browser.driver()).open(server.url("lessons/c/hai/"));

        assertThat(box.input().getDomProperty("value")).isEmpty();
        assertThat(box.js("return !!window.BuildSiteSearchText")).isEqualTo(false);
        assertThat(box.indexRequests()).isEmpty();
    }
}
