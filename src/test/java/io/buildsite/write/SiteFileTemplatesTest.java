package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sitemap, the feeds and robots.txt are theme templates that a site's own templates replace. */
class SiteFileTemplatesTest {
    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        return TestSite.in(dir)
                .file("site.yaml", "title: T\nbase_url: https://example.org/\nlanguages: [vi, en]\n")
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>a</p>\n")
                .file("content/blog/news/post.md", "---\ntitle: Tom & Jerry's\npublished_at: 2026-04-13\n---\nHello\n");
    }

    @Test
    void aSitesOwnSitemapTemplateMakesTheSitemap() throws IOException {
        TestSite site = site().file("templates/sitemap.xml.peb",
                "{% for url in urls %}{% if url.loc contains 'lessons' %}{{ url.loc }} {{ url.xDefault }}"
                        + "{% for alt in url.alternates %} {{ alt.hreflang }}={{ alt.href }}{% endfor %}\n{% endif %}{% endfor %}");

        assertThat(site.build().exitCode()).isZero();

        // The lesson has no English version of its own: its English copy is neither listed nor an alternate.
        assertThat(site.read("sitemap.xml").lines()).containsExactly(
                "https://example.org/lessons/c/a/ https://example.org/lessons/c/a/ vi=https://example.org/lessons/c/a/");
    }

    @Test
    void aSitesOwnFeedTemplateMakesEachLanguagesFeed() throws IOException {
        TestSite site = site().file("templates/feed.xml.peb",
                "{{ feed.lang }} {{ feed.self }} {{ feed.updated }}{% for e in feed.entries %} [{{ e.title }}]{% endfor %}");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("feed.xml")).isEqualTo("vi https://example.org/feed.xml 2026-04-13T00:00:00Z [Tom &amp; Jerry&#39;s]");
        assertThat(site.read("en/feed.xml")).startsWith("en https://example.org/en/feed.xml ");
    }

    @Test
    void aSitesOwnRobotsTemplateMakesRobotsTxt() throws IOException {
        TestSite site = site().file("templates/robots.txt.peb", "User-agent: *\nDisallow: /\n# {{ robots.sitemap }}\n");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nDisallow: /\n# https://example.org/sitemap.xml\n");
    }

    @Test
    void theDefaultFeedEscapesTextAsXml() throws IOException {
        TestSite site = site();

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("feed.xml")).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .contains("    <title>Tom &amp; Jerry&apos;s</title>\n").endsWith("</feed>\n");
    }

    @Test
    void aBrokenSiteFileTemplateIsReportedAtItsLine() throws IOException {
        TestSite site = site().file("templates/robots.txt.peb", "User-agent: *\n{% if %}\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.diagnostics()).singleElement().asString().startsWith("templates/robots.txt.peb:2:1: error: template error:");
    }
}
