package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page shown in a language it has no version of (an untranslated copy) is the original's duplicate:
 * it names the original as canonical, is left out of the sitemap, and no hreflang alternate names it.
 */
class CanonicalVersionsTest {
    private static final String POST = "content/blog/news/";

    @TempDir
    Path dir;

    /** A course with lesson {@code a} in Vietnamese only and lesson {@code b} in both languages. */
    private TestSite site() throws IOException {
        return TestSite.in(dir)
                .file("site.yaml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguages: [vi, en]\n")
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>a</p>\n")
                .lesson("c", "02-b.md", "title: B\nslug: b", "<p>b</p>\n")
                .lesson("c", "02-b.en.md", "title: B en\nslug: b", "<p>b</p>\n");
    }

    private TestSite built() throws IOException {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        return site;
    }

    @Test
    void anUntranslatedCopyNamesItsOriginalAsCanonical() throws IOException {
        TestSite site = built();

        assertThat(site.read("en/lessons/c/a/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://example.org/lessons/c/a/\">")
                .contains("<meta property=\"og:url\" content=\"https://example.org/lessons/c/a/\">");
    }

    @Test
    void anUntranslatedCopyIsLeftOutOfTheSitemapAndItsOriginalIsListed() throws IOException {
        TestSite site = built();

        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/lessons/c/a/</loc>")
                .doesNotContain("https://example.org/en/lessons/c/a/");
    }

    @Test
    void noHreflangAlternateNamesAnUntranslatedCopy() throws IOException {
        TestSite site = built();

        for (String page : new String[] {"lessons/c/a/index.html", "en/lessons/c/a/index.html"}) {
            assertThat(site.read(page))
                    .contains("<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/lessons/c/a/\">")
                    .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/lessons/c/a/\">")
                    .doesNotContain("hreflang=\"en\" href=\"https://example.org/en/lessons/c/a/\"");
        }
    }

    @Test
    void theLanguageSwitcherStillLeadsToTheUntranslatedCopy() throws IOException {
        TestSite site = built();

        assertThat(site.read("lessons/c/a/index.html")).contains("class=\"lang-switch\" href=\"../../../en/lessons/c/a/\"");
    }

    @Test
    void aTranslatedPageIsListedInEachLanguageWithBothAsAlternates() throws IOException {
        TestSite site = built();

        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/lessons/c/b/</loc>",
                "<loc>https://example.org/en/lessons/c/b/</loc>",
                "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/lessons/c/b/\"/>");
        assertThat(site.read("en/lessons/c/b/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://example.org/en/lessons/c/b/\">")
                .contains("<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/lessons/c/b/\">")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/lessons/c/b/\">");
    }

    @Test
    void aPageWrittenOnlyInAnotherLanguageIsTheDefaultVersionForEveryReader() throws IOException {
        TestSite site = site().file(POST + "p.en.md", "---\ntitle: P\npublished_at: 2026-04-13\n---\nHello\n");
        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("blog/p/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://example.org/en/blog/p/\">")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/en/blog/p/\">");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/en/blog/p/</loc>")
                .doesNotContain("<loc>https://example.org/blog/p/</loc>");
    }

    @Test
    void aDraftBuiltWithDraftsIsLeftOutOfTheSitemap() throws IOException {
        TestSite site = site().lesson("c", "03-d.md", "title: D\nslug: d\ndraft: true", "<p>d</p>\n");
        assertThat(site.build("--drafts").exitCode()).isZero();

        assertThat(site.read("lessons/c/d/index.html")).contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(site.read("sitemap.xml")).doesNotContain("/lessons/c/d/");
    }
}
