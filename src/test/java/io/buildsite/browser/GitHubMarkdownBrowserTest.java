package io.buildsite.browser;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts, task lists and footnotes as a reader meets them, in each language's page of one lesson. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitHubMarkdownBrowserTest {
    private static final String BODY = "Git[^a] và GitHub[^b].\n\n"
            + "> [!NOTE]\n> x\n\n"
            + "- [x] Đã đọc\n- [ ] Đã làm bài\n\n"
            + "[^a]: Công cụ.\n[^b]: Dịch vụ.\n";
    @TempDir
    static Path work;
    private Browser browser;
    private Browser.SiteServer site;

    @BeforeAll
    void buildServeAndLaunch() throws IOException {
        Browser.assumeAvailable();
        Path source = TestSite.in(work.resolve("site"))
                .course("c", "title: Git\nslug: c")
                .lesson("c", "01-x.md", "title: Nhánh\nslug: x", BODY)
                .lesson("c", "01-x.en.md", "title: Branches\nslug: x", BODY)
                .root();
        site = Browser.buildAndServe(source, "/");
        browser = Browser.launch();
    }

    @AfterAll
    void quit() throws Exception {
        Browser.closeAll(browser, site);
    }

    @Test
    void anAlertIsLabelledInThePagesLanguage() {
        browser.driver().get(site.url("lessons/c/x/"));
        assertThat(browser.driver().findElement(By.cssSelector(".callout-note .callout-label")).getText()).isEqualTo("Ghi chú");

        browser.driver().get(site.url("en/lessons/c/x/"));
        assertThat(browser.driver().findElement(By.cssSelector(".callout-note .callout-label")).getText()).isEqualTo("Note");
    }

    @Test
    void aTaskCheckboxIsNamedByItsItemAndClickingItChangesNothing() {
        browser.driver().get(site.url("lessons/c/x/"));
        WebElement done = browser.driver().findElement(By.cssSelector(".task-list-item input"));

        done.findElement(By.xpath("..")).click();

        assertThat(done.getAccessibleName()).isEqualTo("Đã đọc");
        assertThat(done.isSelected()).isTrue();
        assertThat(done.isEnabled()).isFalse();
    }

    @Test
    void theSecondFootnotesReferenceLeadsToItsNoteAndItsWayBackLeadsBack() {
        browser.driver().get(site.url("en/lessons/c/x/"));

        browser.driver().findElement(By.cssSelector("#fnref-2 a")).click();
        waitForHash("#fn-2");
        WebElement back = browser.driver().findElement(By.cssSelector("#fn-2 .footnote-backref"));
        assertThat(back.getAccessibleName()).isEqualTo("Back to the text");
        back.click();
        waitForHash("#fnref-2");
        assertThat(browser.javaScriptProblems()).as("JavaScript errors").isEmpty();
    }

    private void waitForHash(String hash) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .withMessage(() -> "location hash " + hash)
                .until(d -> hash.equals(browser.driver().executeScript("return location.hash;")));
    }
}
