package io.buildsite.write;

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
    void durationsAreWrittenInHoursAndMinutes() {
        assertThat(SchemaNodes.duration(90)).isEqualTo("PT1H30M");
        assertThat(SchemaNodes.duration(120)).isEqualTo("PT2H");
        assertThat(SchemaNodes.duration(45)).isEqualTo("PT45M");
        assertThat(SchemaNodes.duration(0)).isNull();
    }
}
