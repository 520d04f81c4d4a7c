package io.buildsite.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every quiz page scenario shares: the sample site served, the shared browser, fresh storage
 * before each scenario, and no JavaScript error or missing file after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuizBrowserSession {
    protected Browser browser;
    protected Browser.SiteServer site;
    protected QuizTestSupport.QuizPage page;

    @BeforeAll
    void setUp() throws IOException {
        Browser.assumeAvailable();
        site = Browser.serve(QuizTestSupport.sampleSite(), "/");
        browser = QuizTestSupport.sharedBrowser();
        page = new QuizTestSupport.QuizPage(browser.driver());
    }

    @AfterAll
    void tearDown() {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void clean() {
        browser.javaScriptProblems();
        QuizTestSupport.clearStorage(browser.driver(), site);
    }

    @AfterEach
    void noJavaScriptErrors() {
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
        assertThat(site.notFound()).as("requests answered 404").isEmpty();
    }
}
