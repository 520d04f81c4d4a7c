package io.buildsite.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the quiz scenarios on a bank of their own share: a site holding only that bank, built and
 * served for the class, the shared browser, and the site's folder removed after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuizBankSession {
    protected Browser browser;
    protected Browser.SiteServer site;
    protected QuizTestSupport.QuizPage page;
    private Path dir;

    /** The bank's slug: its page is luyen-thi/{slug}/. */
    protected abstract String slug();

    /** The bank's JSON, as maps and lists. */
    protected abstract Map<String, Object> bank();

    @BeforeAll
    void buildAndLaunch() throws IOException {
        Browser.assumeAvailable();
        dir = Files.createTempDirectory("build-site-" + slug() + "-");
        site = QuizTestSupport.serveBank(dir, slug(), bank());
        browser = QuizTestSupport.sharedBrowser();
        page = new QuizTestSupport.QuizPage(browser.driver());
    }

    @AfterAll
    void tearDown() {
        try {
            if (site != null) {
                site.close();
            }
        } finally {
            if (dir != null) {
                Browser.deleteTree(dir);
            }
        }
    }
}
