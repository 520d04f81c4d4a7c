package io.buildsite.e2e;

import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sitemaps of the sample site and of the shared corpus list only pages that are their own canonical page. */
class SitemapCanonicalTest {
    private static final String BASE = "https://example.github.io/repo/";

    @TempDir
    Path out;

    @Test
    void everyPageOfTheSampleSitesSitemapIsItsOwnCanonicalPage() throws IOException {
        assertThat(pagesNotTheirOwnCanonical(ProjectSite.root())).isEmpty();
    }

    @Test
    void everyPageOfTheCorpusSitemapIsItsOwnCanonicalPage() throws IOException {
        assertThat(pagesNotTheirOwnCanonical(SharedCorpus.root())).isEmpty();
    }

    /** Each {@code <loc>} whose page names another canonical address, with the address it names. */
    private List<String> pagesNotTheirOwnCanonical(Path source) throws IOException {
        Path site = out.resolve("site");
        TestSite.Result result = TestSite.run("build", "--quiet", "--source", source.toString(), "--output",
                site.toString(), "--base-url", BASE);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<Element> locs = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser())
                .select("url > loc");
        assertThat(locs).hasSizeGreaterThan(20);
        List<String> wrong = new ArrayList<>();
        for (Element loc : locs) {
            String url = loc.text();
            assertThat(url).startsWith(BASE);
            Path page = site.resolve(url.substring(BASE.length())).resolve("index.html");
            String canonical = Jsoup.parse(page.toFile(), "UTF-8").select("link[rel=canonical]").attr("href");
            if (!canonical.equals(url)) {
                wrong.add(url + " -> " + canonical);
            }
        }
        return wrong;
    }
}
