package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A lesson's or post's "Updated <date>" and "Edit this page" link, in each language, and their dates in the site files. */
class DatesAndEditLinkPagesTest {
    private static final String EDIT = "edit_url: https://github.com/owner/repo/edit/main\n";

    @TempDir
    Path dir;

    private TestSite site(String settings, String lessonUpdated) throws IOException {
        return TestSite.in(dir)
                .file("site.yaml", "base_url: https://example.org/\nlanguages: [vi, en]\n" + settings)
                .course("c", "title: C\npublished_at: 2026-01-10")
                .lesson("c", "01-bài a.md", "title: A\nslug: a" + lessonUpdated, "Text\n")
                .file("content/blog/news/post.md", "---\ntitle: P\npublished_at: 2026-04-13\nupdated: 2026-12-02T01:30:00+07:00\n---\nHello\n");
    }

    @Test
    void aLessonShowsItsUpdateDateInThePagesLanguage() throws IOException {
        TestSite site = site("", "\nupdated: 2026-12-02");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html"))
                .contains("<li>Cập nhật <time datetime=\"2026-12-02\">2 tháng 12, 2026</time></li>");
        assertThat(site.read("en/lessons/c/a/index.html"))
                .contains("<li>Updated <time datetime=\"2026-12-02\">December 2, 2026</time></li>");
    }

    @Test
    void aPostShowsItsUpdateDateBesideItsPublicationDate() throws IOException {
        TestSite site = site("", "");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("en/blog/post/index.html")).contains("<time datetime=\"2026-04-13\">April 13, 2026</time>"
                + " <span>Updated <time datetime=\"2026-12-02\">December 2, 2026</time></span>\n");
    }

    @Test
    void aPageWithoutADateShowsNoUpdateLine() throws IOException {
        TestSite site = site("", "");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).doesNotContain("Cập nhật").doesNotContain("<time");
    }

    @Test
    void theEditLinkLeadsToTheSourceFileEachSegmentEncoded() throws IOException {
        TestSite site = site(EDIT, "");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).contains("    </article>\n    <p class=\"edit-link\" lang=\"vi\">"
                + "<a href=\"https://github.com/owner/repo/edit/main/content/series/cat/c/chapters/01-a/lessons/01-b%C3%A0i%20a.md\">"
                + "Sửa trang này</a></p>\n");
        assertThat(site.read("en/blog/post/index.html")).contains("<p class=\"edit-link\" lang=\"en\">"
                + "<a href=\"https://github.com/owner/repo/edit/main/content/blog/news/post.md\">Edit this page</a></p>\n");
    }

    @Test
    void withoutAnEditUrlThereIsNoEditLink() throws IOException {
        TestSite site = site("", "");

        assertThat(site.build().exitCode()).isZero();

        assertThat(site.read("lessons/c/a/index.html")).doesNotContain("edit-link").contains("    </article>\n\n");
    }

    @Test
    void anEditUrlThatIsNotAWebAddressIsAnErrorAtItsLine() throws IOException {
        TestSite site = site("edit_url: javascript:alert(1)\n", "");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.diagnostics()).containsExactly("site.yaml:3:1: error: edit_url must be an absolute http:// or "
                + "https:// address such as https://github.com/owner/repo/edit/main/ (no user, ?query or #fragment), "
                + "not 'javascript:alert(1)'");
    }

    @Test
    void theSitemapDatesALessonByItsUpdateAndAPostByItsUpdateBeforeItsPublication() throws IOException {
        TestSite site = site("", "\nupdated: 2026-11-20");

        assertThat(site.build().exitCode()).isZero();

        String sitemap = site.read("sitemap.xml");
        assertThat(sitemap).contains("<loc>https://example.org/lessons/c/a/</loc>\n    <lastmod>2026-11-20</lastmod>\n")
                .contains("<loc>https://example.org/blog/post/</loc>\n    <lastmod>2026-12-02</lastmod>\n")
                .contains("<loc>https://example.org/series/cat/c/</loc>\n    <lastmod>2026-01-10</lastmod>\n");
    }

    @Test
    void theFeedsEntryAndTheFeedAreUpdatedWhenTheContentLastChanged() throws IOException {
        TestSite site = site("", "");

        assertThat(site.build().exitCode()).isZero();

        String feed = site.read("feed.xml");
        assertThat(feed).contains("  <updated>2026-12-02T01:30:00+07:00</updated>\n")
                .contains("    <published>2026-04-13T00:00:00Z</published>\n    <updated>2026-12-02T01:30:00+07:00</updated>\n")
                .contains("    <published>2026-01-10T00:00:00Z</published>\n    <updated>2026-01-10T00:00:00Z</updated>\n");
    }
}
