package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address a site is published at: only an absolute http(s) URL is taken, and a site built without
 * one says so once and publishes no address it cannot make absolute.
 */
class BaseUrlTest {
    private static final String POST = "content/blog/news/post.md";

    @TempDir
    Path dir;

    private TestSite site(String siteYaml) throws IOException {
        TestSite site = TestSite.in(dir.resolve("site"))
                .course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p>a</p>\n")
                .file(POST, "---\ntitle: Post\npublished_at: 2026-04-13T10:00:00Z\n---\nHello\n");
        return siteYaml == null ? site : site.file("site.yaml", siteYaml);
    }

    /** Every text file the build published (the share cards are images), each after its path. */
    private static String everyPublishedFile(Path output) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".png")).sorted().toList()) {
                all.append(file).append('\n').append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void aBuildWithoutABaseUrlIsWarnedOnceNamingBothWaysToGiveIt() throws IOException {
        TestSite.Result result = site(null).build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.diagnostics()).filteredOn(d -> d.contains("base_url")).containsExactly(
                "site.yaml:1:1: warning: no base_url: the site's address is "
                + "unknown, so no sitemap or feed is written and pages carry no canonical or share address; set "
                + "base_url in site.yaml (e.g. base_url: https://example.github.io/repo/) or pass --base-url");
    }

    @Test
    void withoutABaseUrlNoRelativeAddressStandsWhereAnAbsoluteOneBelongs() throws IOException {
        TestSite site = site(null);
        site.build();

        String all = everyPublishedFile(site.output());
        assertThat(site.output().resolve("sitemap.xml")).doesNotExist();
        assertThat(site.output().resolve("feed.xml")).doesNotExist();
        assertThat(site.output().resolve("en/feed.xml")).doesNotExist();
        assertThat(all).doesNotContain("<loc>", "rel=\"canonical\"", "og:url", "hreflang=\"x-default\"",
                "application/atom+xml", "<link rel=\"alternate\" hreflang");
        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
    }

    @Test
    void withABaseUrlEveryAddressIsAbsolute() throws IOException {
        TestSite site = site("base_url: https://example.org/repo\n");
        site.build();

        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/repo/lessons/c/a/</loc>")
                .doesNotContain("<loc>/");
        assertThat(site.read("lessons/c/a/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://example.org/repo/lessons/c/a/\">")
                .contains("<meta property=\"og:url\" content=\"https://example.org/repo/lessons/c/a/\">");
        assertThat(site.read("robots.txt")).contains("Sitemap: https://example.org/repo/sitemap.xml");
    }

    @Test
    void noDateIsMadeUpWhereTheContentHasNone() throws IOException {
        TestSite site = site("title: T\nbase_url: https://example.org/\n");
        site.build();

        String feed = site.read("feed.xml");
        assertThat(feed).contains("<updated>2026-04-13T00:00:00Z</updated>").contains("<title>Post</title>")
                .doesNotContain("<title>C</title>");
        assertThat(everyPublishedFile(site.output())).doesNotContain("1970-01-01");
    }

    @Test
    void aFeedWithNothingDatedIsNotWrittenNorLinked() throws IOException {
        TestSite site = TestSite.in(dir.resolve("site")).file("site.yaml", "base_url: https://example.org/\n")
                .course("c", "title: C");
        site.build();

        assertThat(site.output().resolve("feed.xml")).doesNotExist();
        assertThat(site.read("index.html")).doesNotContain("application/atom+xml");
    }

    @Test
    void theBaseUrlIsNormalised() throws IOException {
        TestSite site = site("base_url: HTTPS://Example.ORG:8443/Repo\n");
        site.build();

        assertThat(site.read("index.html")).contains("<link rel=\"canonical\" href=\"https://example.org:8443/Repo/\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)//", "//evil.example/", "/repo/", "example.org",
            "ftp://example.org/", "https://example.org/\\\"></script><img src=x onerror=alert(1)>",
            "https://user@example.org/", "https://example.org/?q=1", "https:///path/"})
    void aBaseUrlInSiteYamlThatIsNotAnAbsoluteHttpAddressIsAnErrorAtItsLine(String url) throws IOException {
        TestSite site = site("title: T\nbase_url: https://example.org/\n");
        assertThat(site.build().exitCode()).isZero();
        String before = everyPublishedFile(site.output());

        site.file("site.yaml", "title: T\nbase_url: \"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0)).startsWith("site.yaml:2:1: error: base_url must be an absolute "
                + "http:// or https:// address");
        assertThat(result.stderr()).doesNotContain("\tat ");
        assertThat(everyPublishedFile(site.output())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "//evil.example", "data:image/png;base64,AAAA", "media/img"})
    void anAssetBaseThatIsNeitherAnHttpAddressNorAPathFromTheRootIsAnErrorAtItsLine(String url) throws IOException {
        TestSite site = site("title: T\nbase_url: https://example.org/\nasset_base: \"" + url + "\"\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(result.diagnostics()).containsExactly("site.yaml:3:1: error: asset_base must be an absolute "
                + "http:// or https:// address or a path from the site's domain root such as /media, not '" + url + "'");
    }

    @Test
    void anAssetBaseThatIsAPathFromTheRootIsTaken() throws IOException {
        TestSite site = site("base_url: https://example.org/\nasset_base: /media/\n")
                .lesson("c", "01-a.md", "title: A\nslug: a", "<p><img src=\"/img/x.png\" alt=\"x\"></p>\n");

        TestSite.Result result = site.build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(site.read("lessons/c/a/index.html")).contains("src=\"/media/img/x.png\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve"})
    void aBaseUrlOptionThatIsNotAnAbsoluteHttpAddressIsAUsageErrorInOneLine(String command) throws IOException {
        site(null);
        List<String> args = List.of(command, "--source", dir.resolve("site").toString(), "--base-url",
                "https://x.org/\"></script><img src=x onerror=alert(1)>");

        // serve would go on serving if it took the address
        TestSite.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> TestSite.run(args.toArray(String[]::new)));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr().strip()).startsWith("build-site: --base-url must be an absolute http:// or https:// "
                + "address").doesNotContain("\n");
        assertThat(dir.resolve("site/site-output")).doesNotExist();
    }
}
