package io.buildsite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererHeadingsTest {
    private final Bodies bodies = Bodies.site();

    @Test
    void keepsTheAuthorsHeadingId() {
        assertThat(bodies.render("<h2 id=\"my-id\">Giới thiệu</h2>")).isEqualTo("<h2 id=\"my-id\">Giới thiệu</h2>");
    }

    @Test
    void generatesAMissingIdFromTheFoldedTitle() {
        assertThat(bodies.render("<h2>Đăng ký thi</h2>")).isEqualTo("<h2 id=\"dang-ky-thi\">Đăng ký thi</h2>");
    }

    @Test
    void generatesIdsForMarkdownHeadings() {
        assertThat(bodies.render("## Giới thiệu\n\n### Ba vùng làm việc"))
                .isEqualTo("<h2 id=\"gioi-thieu\">Giới thiệu</h2>\n<h3 id=\"ba-vung-lam-viec\">Ba vùng làm việc</h3>");
    }

    @Test
    void generatedIdsAreUnique() {
        assertThat(bodies.render("<h2>Giới thiệu</h2><h3>Giới thiệu</h3><h3>Giới thiệu</h3>"))
                .isEqualTo("<h2 id=\"gioi-thieu\">Giới thiệu</h2><h3 id=\"gioi-thieu-2\">Giới thiệu</h3>"
                        + "<h3 id=\"gioi-thieu-3\">Giới thiệu</h3>");
    }

    @Test
    void generatedIdDoesNotTakeAnIdTheAuthorUsesElsewhere() {
        assertThat(bodies.render("<h2>Intro</h2><p id=\"intro\">p</p>"))
                .isEqualTo("<h2 id=\"intro-2\">Intro</h2><p id=\"intro\">p</p>");
    }

    @Test
    void aRepeatedAuthorIdIsReplacedOnTheLaterHeading() {
        assertThat(bodies.render("<h2 id=\"a\">X</h2><h2 id=\"a\">Y</h2>"))
                .isEqualTo("<h2 id=\"a\">X</h2><h2 id=\"y\">Y</h2>");
    }

    @Test
    void headingWithoutLettersGetsASectionId() {
        assertThat(bodies.render("<h2>!!!</h2>")).isEqualTo("<h2 id=\"section\">!!!</h2>");
    }

    @Test
    void otherHeadingLevelsAreLeftWithoutId() {
        assertThat(bodies.render("<h1>A</h1><h4>B</h4>")).isEqualTo("<h1>A</h1><h4>B</h4>");
    }

    @Test
    void tableOfContentsListsH2AndH3WithIdTitleAndLevel() {
        RenderedBody body = bodies.renderBody("<h2 id=\"x\">Một</h2><p>t</p><h3>Hai</h3><h4>Ba</h4><h2>Bốn</h2>");

        assertThat(body.toc()).containsExactly(
                new TocEntry("x", "Một", 2),
                new TocEntry("hai", "Hai", 3),
                new TocEntry("bon", "Bốn", 2));
    }

    @Test
    void emptyHeadingIsLeftOutOfTheTableOfContents() {
        RenderedBody body = bodies.renderBody("<h2></h2><h2>A</h2>");

        assertThat(body.toc()).extracting(TocEntry::title).containsExactly("A");
    }

    @Test
    void collectsEveryIdOfTheBody() {
        RenderedBody body = bodies.renderBody("<h2>A</h2><p id=\"p1\">x</p><h3 id=\"own\">B</h3>");

        assertThat(body.ids()).containsExactlyInAnyOrder("a", "p1", "own");
    }
}
