package io.buildsite.browser;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A built site opened straight from disk (a file:// address): browsers do not let a page read the
 * search index from there, so the search box says how to get search instead of failing vaguely.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFromDiskBrowserTest {
    @TempDir
    static Path work;
    private TestSite site;
    private Browser browser;

    @BeforeAll
    void buildAndLaunch() throws IOException {
        Browser.assumeAvailable();
        site = TestSite.in(work.resolve("site"))
                .course("c", "title: Khóa thử\nslug: c")
                .lesson("c", "01-mot.md", "title: Bài một\nslug: mot", "<p>Hôm nay chúng ta đăng bài.</p>\n");
        TestSite.Result r = site.build();
        assertThat(r.exitCode()).as("build: %s", r.stderr()).isZero();
        browser = Browser.launch();
    }

    @AfterAll
    void quit() throws Exception {
        Browser.closeAll(browser);
    }

    @Test
    void searchOnAPageOpenedFromAFileSaysToServeTheSite() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            String page = lang.equals("vi") ? "index.html" : "en/index.html";
            String expected = SearchBrowserTest.dictionary(lang).get("search_error_file");
            assertThat(expected).as("the %s dictionary's message", lang).contains("build-site serve");

            SearchBox box = new SearchBox(browser.driver()).open(site.output().resolve(page).toUri().toString());
            box.input().sendKeys("dang");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .withMessage(() -> "the search message on " + page + ": " + box.message().getText())
                    .until(d -> box.message().isDisplayed() && expected.equals(box.message().getText()));
            assertThat(box.hits()).isEmpty();
            assertThat(browser.javaScriptProblems()).as("only the refused reads of the index are logged")
                    .allSatisfy(p -> assertThat(p).contains("file:").contains("search/docs.json"));
        }
    }
}
