package io.buildsite.browser;

import io.buildsite.testing.TestImages;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An image's width and height only reserve its proportions: the theme's CSS scales it to the column,
 * and an image that has not been fetched yet already holds its place, so the text does not jump.
 */
class ImageLayoutBrowserTest {
    private static final String LESSON = "lessons/c/a/";
    private static Path root;
    private static Browser browser;
    private static Browser.SiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        root = Files.createTempDirectory("build-site-images-");
        TestSite site = TestSite.in(root).bytes("content/images/wide.png", TestImages.png(1600, 900))
                .bytes("content/images/late.png", TestImages.png(800, 600))
                .course("c", "title: C\nslug: c")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>Mở đầu.</p>\n\n"
                        + "<p><img id=\"wide\" src=\"/images/wide.png\" alt=\"Sơ đồ rộng\"></p>\n\n"
                        // Far below the first screen, a lazy image is not fetched until the reader scrolls near.
                        + "<p>Một đoạn văn.</p>\n\n".repeat(400)
                        + "<p><img id=\"late\" src=\"/images/late.png\" alt=\"Sơ đồ chưa tới\"></p>\n");
        assertThat(site.build().exitCode()).isZero();
        server = Browser.serve(site.output(), "/");
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, server);
        if (root != null) {
            Browser.deleteTree(root);
        }
    }

    /** The image's box and, for comparison, its paragraph's width. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(String id) {
        ChromeDriver driver = browser.driver();
        List<Number> box = (List<Number>) driver.executeScript("const img = document.getElementById(arguments[0]);"
                + "const r = img.getBoundingClientRect();"
                + "return [r.width, r.height, img.parentElement.getBoundingClientRect().width, img.naturalWidth];", id);
        return Map.of("width", box.get(0), "height", box.get(1), "column", box.get(2), "natural", box.get(3));
    }

    @Test
    void anImageWiderThanTheColumnIsScaledDownKeepingItsProportions() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().get(server.url(LESSON));

        Map<String, Number> wide = box("wide");

        assertThat(wide.get("width").doubleValue()).isEqualTo(wide.get("column").doubleValue(), within(0.5))
                .isLessThan(1600);
        assertThat(wide.get("height").doubleValue()).isEqualTo(wide.get("width").doubleValue() * 900 / 1600, within(1.0));
    }

    @Test
    void anImageNotFetchedYetHoldsItsPlaceInItsProportions() {
        browser.driver().manage().window().setSize(new Dimension(1280, 800));
        browser.driver().get(server.url(LESSON));

        Map<String, Number> late = box("late");

        assertThat(late.get("natural").intValue()).isZero();
        assertThat(late.get("width").doubleValue()).isGreaterThan(100);
        assertThat(late.get("height").doubleValue()).isEqualTo(late.get("width").doubleValue() * 600 / 800, within(1.0));
    }
}
