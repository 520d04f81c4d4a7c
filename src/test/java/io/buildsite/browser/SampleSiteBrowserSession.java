package io.buildsite.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What scenarios on the sample site's pages share: the site served, a browser of their own, and after
 * each scenario the system's colour scheme again and no JavaScript error or missing file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleSiteBrowserSession {
    protected Browser browser;
    protected Browser.SiteServer server;
    protected ChromeDriver driver;

    @BeforeAll
    void serve() throws IOException {
        Browser.assumeAvailable();
        server = Browser.serve(QuizTestSupport.sampleSite(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    void stop() throws Exception {
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
}
