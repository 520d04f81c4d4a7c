package io.buildsite.render;

import io.buildsite.model.LinkMarkers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererImagesTest {
    private static final String S = LinkMarkers.SITE_ROOT;

    @Test
    void imagesLoadLazilyAndDecodeAsynchronously() {
        assertThat(Bodies.site().render("<img src=\"https://e.com/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"https://e.com/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void imageWithoutAltGetsAnEmptyAlt() {
        assertThat(Bodies.site().render("<img src=\"https://e.com/a.png\">"))
                .isEqualTo("<img src=\"https://e.com/a.png\" loading=\"lazy\" decoding=\"async\" alt=\"\">");
    }

    @Test
    void rootRelativeImageTheSiteShipsPointsAtTheSiteRootMarker() {
        assertThat(Bodies.site("images/a.png").render("<img src=\"/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void relativeImageIsFoundFromTheContentRoot() {
        assertThat(Bodies.site("images/a.png").render("![A](images/a.png)"))
                .isEqualTo("<p><img src=\"" + S + "images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\"></p>");
    }

    @Test
    void relativeImageBesideTheFileIsPreferred() {
        Bodies bodies = Bodies.site("blog/git/pic.png", "pic.png");

        RenderedBody body = bodies.renderBody("![A](pic.png)", "content/blog/git/post.md");

        assertThat(body.html().text().stripTrailing())
                .isEqualTo("<p><img src=\"" + S + "blog/git/pic.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\"></p>");
    }

    @Test
    void imageUnderTheBaseUrlsSubPathIsFound() {
        assertThat(Bodies.at("https://example.github.io/repo/", null, "images/a.png")
                .render("<img src=\"/repo/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void missingImageBecomesAPlaceholderShowingItsAlt() {
        assertThat(Bodies.site().render("<img src=\"/images/missing.png\" alt=\"Sơ đồ ba vùng\">"))
                .isEqualTo("<span class=\"img-missing\" role=\"img\" aria-label=\"Sơ đồ ba vùng\">"
                        + "<span class=\"img-missing-label\">Sơ đồ ba vùng</span></span>");
    }

    @Test
    void missingImageIsAWarningAtItsFileLine() {
        Bodies bodies = Bodies.site();

        bodies.render("Mở đầu.\n\n<img src=\"/images/missing.png\" alt=\"A\">");

        assertThat(bodies.reported()).containsExactly(Bodies.PATH + ":" + (Bodies.BODY_LINE + 2)
                + ":1: warning: image not found: /images/missing.png (shown as a placeholder with its alt text)");
    }

    @Test
    void missingImageWithoutAltIsAnImagePlaceholder() {
        assertThat(Bodies.site().render("<img src=\"/images/missing.png\">"))
                .isEqualTo("<span class=\"img-missing\" role=\"img\" aria-label=\"image\">"
                        + "<span class=\"img-missing-label\">🖼</span></span>");
    }

    @Test
    void imageWithoutSrcIsAPlaceholderAndAWarning() {
        Bodies bodies = Bodies.site();

        assertThat(bodies.render("<img alt=\"X\">"))
                .isEqualTo("<span class=\"img-missing\" role=\"img\" aria-label=\"X\"><span class=\"img-missing-label\">X</span></span>");
        assertThat(bodies.reported()).containsExactly(
                Bodies.PATH + ":5:1: warning: image without a src: shown as a placeholder");
    }

    @Test
    void javascriptImageSourceNeverReachesThePage() {
        assertThat(Bodies.site().render("<img src=\"javascript:alert(1)\" alt=\"J\">"))
                .isEqualTo("<span class=\"img-missing\" role=\"img\" aria-label=\"J\"><span class=\"img-missing-label\">J</span></span>");
    }

    @Test
    void withAnAssetBaseAMissingRootRelativeImagePointsThere() {
        Bodies bodies = Bodies.at("/", "https://cdn.example.com/");

        assertThat(bodies.render("<img src=\"/storage/uploads/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"https://cdn.example.com/storage/uploads/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
        assertThat(bodies.reported()).isEmpty();
    }

    @Test
    void withAnAssetBaseAShippedImageIsStillLinkedLocally() {
        assertThat(Bodies.at("/", "https://cdn.example.com", "images/a.png").render("<img src=\"/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void withAnAssetBaseAMissingRelativeImageIsStillAPlaceholder() {
        Bodies bodies = Bodies.at("/", "https://cdn.example.com/");

        assertThat(bodies.render("<img src=\"images/a.png\" alt=\"A\">"))
                .isEqualTo("<span class=\"img-missing\" role=\"img\" aria-label=\"A\"><span class=\"img-missing-label\">A</span></span>");
        assertThat(bodies.reported()).hasSize(1);
    }

    @Test
    void aShippedImageGetsTheWidthAndHeightTheLoadStageRead() {
        assertThat(Bodies.site().image("images/a.png", 640, 480).render("<img src=\"/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\" "
                        + "width=\"640\" height=\"480\">");
    }

    @Test
    void aMarkdownImageBesideTheFileGetsItsSize() {
        RenderedBody body = Bodies.site().image("blog/git/pic.png", 320, 180)
                .renderBody("![A](pic.png)", "content/blog/git/post.md");

        assertThat(body.html().text().stripTrailing()).isEqualTo("<p><img src=\"" + S + "blog/git/pic.png\" alt=\"A\" "
                + "loading=\"lazy\" decoding=\"async\" width=\"320\" height=\"180\"></p>");
    }

    @Test
    void aSizeTheAuthorGaveIsKept() {
        assertThat(Bodies.site().image("images/a.png", 640, 480)
                .render("<img src=\"/images/a.png\" alt=\"A\" width=\"320\" height=\"200\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" width=\"320\" height=\"200\" loading=\"lazy\" "
                        + "decoding=\"async\">");
    }

    @Test
    void aWidthAloneTheAuthorGaveIsKeptAlone() {
        assertThat(Bodies.site().image("images/a.png", 640, 480).render("<img src=\"/images/a.png\" alt=\"A\" width=\"320\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" width=\"320\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void aRemoteImageGetsNoSizeThoughASiteFileHasItsPath() {
        assertThat(Bodies.site().image("images/a.png", 640, 480).render("<img src=\"https://e.com/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"https://e.com/images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void aShippedFileWhoseSizeIsUnknownGetsNone() {
        assertThat(Bodies.site("images/a.webp").render("<img src=\"/images/a.webp\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.webp\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }
}
