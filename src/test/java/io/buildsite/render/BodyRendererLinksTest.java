package io.buildsite.render;

import io.buildsite.model.LinkMarkers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererLinksTest {
    private static final String L = LinkMarkers.LANGUAGE_ROOT;
    private static final String S = LinkMarkers.SITE_ROOT;

    private final Bodies bodies = Bodies.site("images/a.png");

    @Test
    void externalLinkGetsNoopener() {
        assertThat(bodies.render("<a href=\"https://example.com/\">x</a>"))
                .isEqualTo("<p><a href=\"https://example.com/\" rel=\"noopener\">x</a></p>");
    }

    @Test
    void externalLinkKeepsTheAuthorsRelAndAddsNoopener() {
        assertThat(bodies.render("<a href=\"https://example.com/\" rel=\"nofollow\">x</a>"))
                .isEqualTo("<p><a href=\"https://example.com/\" rel=\"nofollow noopener\">x</a></p>");
    }

    @Test
    void mailtoLinkIsLeftAlone() {
        assertThat(bodies.render("<a href=\"mailto:a@b.vn\">m</a>")).isEqualTo("<p><a href=\"mailto:a@b.vn\">m</a></p>");
    }

    @Test
    void rootRelativeLinkPointsFromTheLanguageRootMarker() {
        assertThat(bodies.render("<a href=\"/lessons/c/l/#x\">x</a>"))
                .isEqualTo("<p><a href=\"" + L + "lessons/c/l/#x\">x</a></p>");
    }

    @Test
    void rootRelativeLinkIsRecordedAsAnInternalLink() {
        RenderedBody body = bodies.renderBody("<a href=\"/lessons/c/l/#x\">x</a>");

        assertThat(body.links()).containsExactly(new InternalLink("lessons/c/l/", "x", Bodies.BODY_LINE));
    }

    @Test
    void internalLinkIsRecordedAtItsFileLine() {
        RenderedBody body = bodies.renderBody("Một.\n\nHai.\n\n<a href=\"/series/\">x</a>");

        assertThat(body.links()).containsExactly(new InternalLink("series/", null, Bodies.BODY_LINE + 4));
    }

    @Test
    void aLinkWhoseHrefHoldsAnEntityIsRecordedAtItsOwnLine() {
        RenderedBody body = bodies.renderBody("<p>a</p>\n\n\n\n\n<p><a href=\"#no&amp;such\">x</a></p>\n"
                + "<p><a href='&#x2F;series&#47;?a=1&amp;b=2'>y</a></p>");

        assertThat(body.links()).containsExactly(new InternalLink(null, "no&such", Bodies.BODY_LINE + 5),
                new InternalLink("series/", null, Bodies.BODY_LINE + 6));
    }

    @Test
    void aMarkdownLinkWithAnEntityIsRecordedAtItsOwnLine() {
        RenderedBody body = bodies.renderBody("Một.\n\nHai [x](#a&amp;b).");

        assertThat(body.links()).containsExactly(new InternalLink(null, "a&b", Bodies.BODY_LINE + 2));
    }

    @Test
    void linkIntoTheEnglishTreeMeansTheSamePageInTheReadersLanguage() {
        RenderedBody body = bodies.renderBody("<a href=\"/en/lessons/c/l/\">x</a>");

        assertThat(body.html().text().stripTrailing()).isEqualTo("<p><a href=\"" + L + "lessons/c/l/\">x</a></p>");
        assertThat(body.links()).containsExactly(new InternalLink("lessons/c/l/", null, Bodies.BODY_LINE));
    }

    @Test
    void pageLinkWithoutTrailingSlashGetsOne() {
        assertThat(bodies.render("<a href=\"/lessons/c/l\">x</a>")).isEqualTo("<p><a href=\"" + L + "lessons/c/l/\">x</a></p>");
    }

    @Test
    void queryAndFragmentAreKept() {
        assertThat(bodies.render("<a href=\"/lessons/c/l/?q=1#x\">x</a>"))
                .isEqualTo("<p><a href=\"" + L + "lessons/c/l/?q=1#x\">x</a></p>");
    }

    @Test
    void absoluteUrlUnderTheBaseUrlIsInternal() {
        Bodies site = Bodies.at("https://example.github.io/repo/", null);

        RenderedBody body = site.renderBody("<a href=\"https://example.github.io/repo/lessons/c/l/\">a</a>");

        assertThat(body.html().text().stripTrailing()).isEqualTo("<p><a href=\"" + L + "lessons/c/l/\">a</a></p>");
        assertThat(body.links()).extracting(InternalLink::path).containsExactly("lessons/c/l/");
    }

    @Test
    void linkUnderTheBaseUrlsSubPathIsInternal() {
        Bodies site = Bodies.at("https://example.github.io/repo/", null);

        assertThat(site.render("<a href=\"/repo/lessons/c/l/\">a</a>")).isEqualTo("<p><a href=\"" + L + "lessons/c/l/\">a</a></p>");
    }

    @Test
    void linkToAShippedFilePointsFromTheSiteRootMarker() {
        RenderedBody body = bodies.renderBody("<a href=\"/images/a.png\">img</a>");

        assertThat(body.html().text().stripTrailing()).isEqualTo("<p><a href=\"" + S + "images/a.png\">img</a></p>");
        assertThat(body.links()).isEmpty();
    }

    @Test
    void anchorOnTheSamePageIsRecordedWithoutAPath() {
        RenderedBody body = bodies.renderBody("<a href=\"#ba-vung\">x</a>");

        assertThat(body.html().text().stripTrailing()).isEqualTo("<p><a href=\"#ba-vung\">x</a></p>");
        assertThat(body.links()).containsExactly(new InternalLink(null, "ba-vung", Bodies.BODY_LINE));
    }

    @Test
    void relativeLinkIsLeftAsWritten() {
        assertThat(bodies.render("<a href=\"../other/\">x</a>")).isEqualTo("<p><a href=\"../other/\">x</a></p>");
    }

    @Test
    void markersResolveToThePagesWayBack() {
        String html = bodies.render("<a href=\"/lessons/c/l/\">x</a><img src=\"/images/a.png\" alt=\"\">");

        assertThat(new String(LinkMarkers.resolve(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "../../../",
                "../../../../"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("<p><a href=\"../../../lessons/c/l/\">x</a><img src=\"../../../../images/a.png\" alt=\"\" "
                        + "loading=\"lazy\" decoding=\"async\"></p>");
    }
}
