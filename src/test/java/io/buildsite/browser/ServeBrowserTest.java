package io.buildsite.browser;

import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code build-site serve}: edits show in the open page by themselves; broken content shows an overlay. */
class ServeBrowserTest {
    private static final String COURSE = "content/series/luyen-thi/luyen-thi-git-github/";
    private static final String LESSON_FILE = COURSE + "chapters/01-nen-tang/lessons/01-bai-1-kho-chua-commit-ba-vung.md";
    private static final String LESSON_URL = "lessons/luyen-thi-git-github/bai-1-kho-chua-commit-ba-vung/";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private Path site;
    private Thread serving;
    private String base;
    private Browser browser;

    @BeforeEach
    void serveACopyOfTheSampleSite() throws Exception {
        Browser.assumeAvailable();
        site = dir.resolve("site");
        for (String part : List.of("content", "data", "site.yaml")) {
            copy(ProjectSite.root().resolve(part), site.resolve(part));
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/";
        serving = new Thread(() -> TestSite.run("serve", "--quiet", "--source", site.toString(), "--port", String.valueOf(port)));
        serving.setDaemon(true);
        serving.start();
        waitUntilServing(base);
        browser = Browser.launch();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (serving != null) {
            serving.interrupt();
            serving.join(5000);
        }
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void anEditedLessonTextIsSwappedIntoTheOpenPageWithTheThemesEnhancements() throws Exception {
        driver().get(base + LESSON_URL);
        String h1 = driver().findElement(By.tagName("h1")).getText();
        driver().executeScript("window.__sameDocument = true");

        edit(LESSON_FILE, "<h2 id=\"ba-vung\">", "<h2 id=\"ba-vung\">Sửa trực tiếp: ");

        new WebDriverWait(driver(), WAIT).until(d -> d.getPageSource().contains("Sửa trực tiếp: "));
        assertThat(driver().executeScript("return window.__sameDocument === true"))
                .as("only <main> was swapped: the page did not reload").isEqualTo(true);
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(h1);
        assertThat(driver().findElements(By.cssSelector("#ba-vung .heading-anchor"))).as("heading links added again").hasSize(1);
        assertThat(driver().findElements(By.cssSelector(".code-block .copy-code")))
                .as("copy buttons shown again").isNotEmpty().allMatch(b -> b.isDisplayed());
        assertThat(driver().findElements(By.cssSelector("pre code .token"))).as("code highlighted again").isNotEmpty();
    }

    @Test
    void anEditOutsideTheContentReloadsThePage() throws Exception {
        driver().get(base + LESSON_URL);
        driver().executeScript("window.__sameDocument = true");

        edit(LESSON_FILE, "title: 'Bài 1: Kho chứa, commit và ba vùng làm việc'", "title: 'Bài 1: Kho chứa và commit'");

        new WebDriverWait(driver(), WAIT).until(d -> d.getTitle().startsWith("Bài 1: Kho chứa và commit"));
        assertThat(driver().executeScript("return window.__sameDocument === true"))
                .as("the title in <head> changed: a full reload").isNotEqualTo(true);
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bài 1: Kho chứa và commit");
    }

    @Test
    void brokenFrontMatterShowsAnOverlayUntilItIsFixed() throws Exception {
        driver().get(base + LESSON_URL);
        String good = Files.readString(site.resolve(LESSON_FILE));

        Files.writeString(site.resolve(LESSON_FILE), good.replaceFirst("---\n", "---\nbroken: [unclosed\n"));

        new WebDriverWait(driver(), WAIT).until(d -> !d.findElements(By.id("build-site-overlay")).isEmpty());
        String overlay = driver().findElement(By.id("build-site-overlay")).getText();
        assertThat(overlay).contains(LESSON_FILE + ":3:").contains("error: invalid YAML");
        assertThat(driver().findElement(By.tagName("h1")).getText()).as("the last good page stays").isNotBlank();

        driver().navigate().refresh();
        new WebDriverWait(driver(), WAIT).until(d -> !d.findElements(By.id("build-site-overlay")).isEmpty());

        Files.writeString(site.resolve(LESSON_FILE), good.replace("<h2 id=\"ba-vung\">", "<h2 id=\"ba-vung\">Đã sửa: "));

        new WebDriverWait(driver(), WAIT).until(d -> d.findElements(By.id("build-site-overlay")).isEmpty()
                && d.getPageSource().contains("Đã sửa: "));
    }

    @Test
    void aTemplateEditAndANewLessonArePickedUp() throws Exception {
        copy(ProjectSite.root().resolve("templates/lesson.peb"), site.resolve("templates/lesson.peb"));
        new WebDriverWait(driver(), WAIT).until(d -> {
            d.get(base + LESSON_URL);
            return d.findElements(By.tagName("h1")).size() == 1;
        });
        edit("templates/lesson.peb", "{% block content %}", "{% block content %}<p id=\"from-my-template\">mine</p>");
        new WebDriverWait(driver(), WAIT).until(d -> !d.findElements(By.id("from-my-template")).isEmpty());

        driver().get(base + "series/luyen-thi/luyen-thi-git-github/");
        TestSite.in(site).file(COURSE + "chapters/02-cong-tac-github/lessons/03-bai-6-moi.md",
                "---\ntitle: 'Bài 6: Bài mới toanh'\nslug: bai-6-moi\nsection_title: 'Phần 2: Cộng tác trên GitHub'\n---\n<p>Mới.</p>\n");

        new WebDriverWait(driver(), WAIT).until(d -> d.getPageSource().contains("Bài 6: Bài mới toanh"));
        driver().get(base + "lessons/luyen-thi-git-github/bai-6-moi/");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bài 6: Bài mới toanh");
    }

    @Test
    void servingWritesNothingIntoTheSourceFolder() throws Exception {
        List<String> before = listing(site);
        driver().get(base + LESSON_URL);
        edit(LESSON_FILE, "<h2 id=\"ba-vung\">", "<h2 id=\"ba-vung\">X ");
        new WebDriverWait(driver(), WAIT).until(d -> d.getPageSource().contains("X "));

        assertThat(listing(site)).isEqualTo(before);
        assertThat(site.resolve("site-output")).doesNotExist();
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void waitUntilServing(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("serve did not start at " + url);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, Files.readAllBytes(p));
                }
            }
        }
    }
}
