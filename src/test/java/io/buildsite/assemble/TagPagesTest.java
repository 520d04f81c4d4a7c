package io.buildsite.assemble;

import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tag page per slug in each language: the same tag written in several places is merged into it,
 * while tags of different names that come to one slug are an error at the later one.
 */
class TagPagesTest {
    private static final String POST = "content/blog/news/post.md";

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.in(dir).file("site.yaml", "title: T\nbase_url: https://example.org/\nlanguages: [vi, en]\n").course("c", "title: C\ntags:\n  - name: Git\n    slug: git");
    }

    @Test
    void theSameTagWrittenInTwoPlacesIsOnePage() throws Exception {
        TestSite site = site().file(POST, "---\ntitle: Post\ntags: [git, Docker]\n---\nHello\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).isEmpty();
        Document page = Jsoup.parse(site.read("tags/git/index.html"));
        assertThat(page.select("h1").text()).endsWith("Git");
        assertThat(page.select("main a[href*=series/cat/c/]")).isNotEmpty();
        assertThat(page.select("main a[href*=blog/post/]")).isNotEmpty();
    }

    @Test
    void tagsOfDifferentNamesWithOneSlugAreAnErrorAtTheLaterOne() throws Exception {
        TestSite site = site().file(POST, "---\ntitle: Post\ntags:\n  - C++\n  - C#\n---\nHello\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.diagnostics()).containsExactly(POST + ":5:1: error: tag 'C#' has the slug 'c' of tag 'C++' ("
                + POST + ":4): give one of them a 'slug' of its own");
    }

    @Test
    void aTranslatedTagMayKeepTheSlugOfItsOriginal() throws Exception {
        TestSite site = site()
                .file(POST, "---\ntitle: Bài\ntags: [{name: Bảo mật, slug: security}]\n---\nXin chào\n")
                .file("content/blog/news/post.en.md", "---\ntitle: Post\ntags: [{name: Security, slug: security}]\n---\nHello\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Jsoup.parse(site.read("tags/security/index.html")).select("h1").text()).endsWith("Bảo mật");
        assertThat(Jsoup.parse(site.read("en/tags/security/index.html")).select("h1").text()).endsWith("Security");
    }
}
