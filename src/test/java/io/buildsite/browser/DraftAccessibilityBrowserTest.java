package io.buildsite.browser;

import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample site built with --drafts: a draft's notice and outline badges pass axe in both themes. */
class DraftAccessibilityBrowserTest {
    private static Browser browser;
    private static Browser.SiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        server = Browser.buildAndServe(ProjectSite.root(), "/", "--drafts");
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"lessons/luyen-thi-git-github/bai-6-an-toan-kho-github/",
            "en/lessons/luyen-thi-git-github/bai-6-an-toan-kho-github/", "series/luyen-thi/luyen-thi-git-github/"})
    void aDraftsPageHasNoSeriousOrCriticalViolations(String page) {
        browser.driver().get(server.url(page));
        assertThat(browser.driver().getPageSource()).contains("class=\"badge\"");
        assertThat(AxeCheck.seriousViolationsInBothThemes(browser.driver())).isEmpty();
    }
}
