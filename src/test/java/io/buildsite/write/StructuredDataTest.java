package io.buildsite.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.buildsite.testing.JsonLd;
import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataTest {
    private static final String HOSTILE = "</script><!-- \u2028 & <b>";

    @TempDir
    Path dir;

    private TestSite hostileCourse() throws IOException {
        TestSite site = TestSite.in(dir)
                .course("c", "title: \"" + HOSTILE.replace("\u2028", "\\u2028") + "\"\ndescription: D\nduration_hours: 1.5")
                .lesson("c", "01-a.md", "title: \"" + HOSTILE.replace("\u2028", "\\u2028") + "\"\nduration_minutes: 10", "Text\n");
        assertThat(site.build("--base-url", "https://example.org/").exitCode()).isZero();
        return site;
    }

    @Test
    void aHostileTitleIsWrittenEscapedSoItCannotEndTheScriptBlock() throws IOException {
        String html = hostileCourse().read("series/cat/c/index.html");

        assertThat(html).contains("\"name\":\"\\u003c/script\\u003e\\u003c!-- \\u2028 \\u0026 \\u003cb\\u003e\"");
    }

    @Test
    void aHostileTitleReadsBackAsItself() throws IOException {
        Document page = Jsoup.parse(hostileCourse().read("series/cat/c/index.html"));

        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(JsonLd.ofType(page, "Course").orElseThrow().path("name").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void aCourseTakesItsHoursAsAnIsoDuration() throws IOException {
        Document page = Jsoup.parse(hostileCourse().read("series/cat/c/index.html"));

        assertThat(JsonLd.ofType(page, "Course").orElseThrow().path("timeRequired").asText()).isEqualTo("PT1H30M");
    }

    @Test
    void theProviderSettingNamesTheOrganisationThatOffersTheCourses() throws IOException {
        TestSite site = TestSite.in(dir).file("site.yaml", "provider:\n  name: Học viện Mẫu\n  url: https://academy.example/about\n")
                .course("c", "title: C\ndescription: D");
        assertThat(site.build().exitCode()).isZero();

        JsonNode provider = courseProvider(site);
        assertThat(provider.path("name").asText()).isEqualTo("Học viện Mẫu");
        assertThat(provider.path("url").asText()).isEqualTo("https://academy.example/about");
    }

    @Test
    void withoutAProviderSettingTheSiteOffersTheCourses() throws IOException {
        TestSite site = TestSite.in(dir).file("site.yaml", "title: Trường thử\n").course("c", "title: C\ndescription: D");
        assertThat(site.build("--base-url", "https://example.org/").exitCode()).isZero();

        JsonNode provider = courseProvider(site);
        assertThat(provider.path("name").asText()).isEqualTo("Trường thử");
        assertThat(provider.path("url").asText()).isEqualTo("https://example.org/");
    }

    @Test
    void aProviderAddressThatIsNotAWebAddressIsAnError() throws IOException {
        TestSite site = TestSite.in(dir).file("site.yaml", "title: T\nprovider:\n  url: javascript:alert(1)\n")
                .course("c", "title: C");

        assertThat(site.build().diagnostics()).containsExactly("site.yaml:2:1: error: provider.url must be an absolute "
                + "http:// or https:// address such as https://example.org/ (no user, ?query or #fragment), "
                + "not 'javascript:alert(1)'");
    }

    @Test
    void aLessonSaysWhenItLastChangedWhenItsUpdatedDateIsKnown() throws IOException {
        TestSite site = TestSite.in(dir).course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a\nupdated: 2026-10-01", "Text\n")
                .lesson("c", "02-b.md", "title: B\nslug: b", "Text\n");
        assertThat(site.build().exitCode()).isZero();

        assertThat(lessonNode(site, "a").path("dateModified").asText()).isEqualTo("2026-10-01");
        assertThat(lessonNode(site, "b").has("dateModified")).isFalse();
        assertThat(lessonNode(site, "b").path("position").asInt()).isEqualTo(2);
    }

    @Test
    void durationsAreWrittenInHoursAndMinutes() {
        assertThat(SchemaNodes.duration(90)).isEqualTo("PT1H30M");
        assertThat(SchemaNodes.duration(120)).isEqualTo("PT2H");
        assertThat(SchemaNodes.duration(45)).isEqualTo("PT45M");
        assertThat(SchemaNodes.duration(0)).isNull();
    }

    private static JsonNode courseProvider(TestSite site) throws IOException {
        return JsonLd.ofType(Jsoup.parse(site.read("series/cat/c/index.html")), "Course").orElseThrow().path("provider");
    }

    private static JsonNode lessonNode(TestSite site, String slug) throws IOException {
        return JsonLd.ofType(Jsoup.parse(site.read("lessons/c/" + slug + "/index.html")), "LearningResource").orElseThrow();
    }
}
