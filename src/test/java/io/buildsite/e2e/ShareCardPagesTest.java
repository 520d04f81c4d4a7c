package io.buildsite.e2e;

import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of a site with an address names its share card, a 1200×630 PNG that the site holds. */
class ShareCardPagesTest {
    private static final String BASE = "https://example.github.io/khoa/";

    @TempDir
    Path dir;

    private Path build(Path source, String... extra) {
        Path out = dir.resolve("site");
        String[] args = Stream.concat(Stream.of("build", "--quiet", "--source", source.toString(), "--output",
                out.toString(), "--cache-dir", dir.resolve("cache").toString()), Stream.of(extra)).toArray(String[]::new);
        TestSite.Result result = TestSite.run(args);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return out;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void assertEveryPageHasItsCard(Path site) throws IOException {
        List<Path> pages = pages(site);
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            String image = html.select("meta[property=og:image]").attr("content");
            assertThat(image).as(page.toString()).startsWith(BASE + "cards/").endsWith(".png");
            assertThat(html.select("meta[name=twitter:image]").attr("content")).isEqualTo(image);
            assertThat(html.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
            assertThat(html.select("meta[property=og:image:alt]").attr("content")).isNotBlank();
            BufferedImage card = ImageIO.read(site.resolve(image.substring(BASE.length())).toFile());
            assertThat(card.getWidth()).as(image).isEqualTo(1200);
            assertThat(card.getHeight()).as(image).isEqualTo(630);
        }
    }

    @Test
    void everySamplePageHasAShareCard() throws IOException {
        assertEveryPageHasItsCard(build(ProjectSite.root(), "--base-url", BASE));
    }

    @Test
    void everyCorpusPageHasAShareCard() throws IOException {
        assertEveryPageHasItsCard(build(SharedCorpus.root(), "--base-url", BASE));
    }

    @Test
    void theHomePagesCardBearsTheSiteTitle() throws IOException {
        Path site = build(ProjectSite.root(), "--base-url", BASE);

        Document home = Jsoup.parse(site.resolve("en/index.html").toFile(), "UTF-8");
        assertThat(home.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Certification Prep");
    }

    @Test
    void aSiteWithoutAnAddressHasNoShareCards() throws IOException {
        TestSite site = TestSite.in(dir.resolve("src")).course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "a\n");
        Path out = build(site.root());

        for (Path page : pages(out)) {
            assertThat(Files.readString(page)).doesNotContain("og:image").contains("name=\"twitter:card\" content=\"summary\"");
        }
        assertThat(out.resolve("cards")).doesNotExist();
    }
}
