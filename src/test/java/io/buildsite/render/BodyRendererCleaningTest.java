package io.buildsite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the allowlist lets through: HTML literal in, exact HTML out. */
class BodyRendererCleaningTest {
    private final Bodies bodies = Bodies.site();

    private String render(String body) {
        return bodies.render(body);
    }

    @Test
    void dropsScriptElements() {
        assertThat(render("<p>a</p><script>alert(1)</script><p>b</p>")).isEqualTo("<p>a</p><p>b</p>");
    }

    @Test
    void dropsEventHandlerAttributes() {
        assertThat(render("<p onclick=\"x()\" onmouseover=y>hi</p>")).isEqualTo("<p>hi</p>");
    }

    @Test
    void dropsJavascriptHrefButKeepsTheLinkText() {
        assertThat(render("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void dropsJavascriptHrefWrittenInMixedCase() {
        assertThat(render("<a href=\"JaVaScRiPt:alert(1)\">x</a>")).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void dropsJavascriptHrefHiddenBehindAnEntityOrATab() {
        assertThat(render("<a href=\"&#106;avascript:alert(1)\">x</a><a href=\"java&#x09;script:alert(1)\">y</a>"))
                .isEqualTo("<p><a>x</a><a>y</a></p>");
    }

    @Test
    void dropsDataUrlHref() {
        assertThat(render("<a href=\"data:text/html,hi\">x</a>")).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void dropsJavascriptLinkWrittenInMarkdown() {
        assertThat(render("[x](javascript:alert(1))")).isEqualTo("<p>x</p>");
    }

    @Test
    void dropsIframes() {
        assertThat(render("<p>a</p><iframe src=\"https://e.com\"></iframe>")).isEqualTo("<p>a</p>");
    }

    @Test
    void dropsStyleElementsFormsAndObjects() {
        assertThat(render("<style>p{}</style><form><input autofocus onfocus=alert(1)></form><object data=x></object><p>ok</p>"))
                .isEqualTo("<p>ok</p>");
    }

    @Test
    void dropsSvgWithItsHandler() {
        assertThat(render("<svg onload=alert(1)><circle/></svg>")).isEqualTo("<p></p>");
    }

    @Test
    void keepsDetailsAndFigures() {
        assertThat(render("<details open><summary>Đáp án</summary><p>B</p></details>"
                + "<figure><img src=\"https://e.com/a.png\" alt=\"A\"><figcaption>c</figcaption></figure>"))
                .isEqualTo("<details open><summary>Đáp án</summary><p>B</p></details>"
                        + "<figure><img src=\"https://e.com/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">"
                        + "<figcaption>c</figcaption></figure>");
    }

    @Test
    void dropsClassesOtherThanCodeLanguages() {
        assertThat(render("<p class=\"lead\">x</p><p>y <code class=\"language-js x\">z</code></p>"))
                .isEqualTo("<p>x</p><p>y <code class=\"language-js\">z</code></p>");
    }

    @Test
    void keepsOnlyAllowedLayoutPropertiesInAnImageStyle() {
        assertThat(render("<img src=\"https://e.com/a.png\" alt=\"A\" style=\"max-width: 800px; width: 100%; "
                + "border-radius: 12px; background:url(x.png); position: absolute\">"))
                .isEqualTo("<img src=\"https://e.com/a.png\" alt=\"A\" style=\"max-width: 800px; width: 100%; "
                        + "border-radius: 12px\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void dropsAStyleValueThatIsNotPlain() {
        assertThat(render("<img src=\"https://e.com/a.png\" alt=\"\" style=\"width: calc(100% - 1px); display: block\">"))
                .isEqualTo("<img src=\"https://e.com/a.png\" alt=\"\" style=\"display: block\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void dropsAnImageStyleWithNothingAllowed() {
        assertThat(render("<img src=\"https://e.com/a.png\" alt=\"\" style=\"position: fixed; top: 0\">"))
                .isEqualTo("<img src=\"https://e.com/a.png\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void dropsInlineStyleOnElementsOtherThanImages() {
        assertThat(render("<p style=\"width: 100%\">x</p>")).isEqualTo("<p>x</p>");
    }

    @Test
    void keepsEscapedTextInAttributesEscaped() {
        assertThat(render("<p title=\"&quot;&gt;&lt;script&gt;\">x</p>"))
                .isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;\">x</p>");
    }

    @Test
    void nulInContentIsNeverALinkMarker() {
        String html = render("a\u0000L/x <a href=\"\u0000L/evil\">x</a>");

        assertThat(html).doesNotContain("\u0000");
    }

    @Test
    void blankBodyRendersToNothing() {
        assertThat(bodies.renderBody(" \n ").isEmpty()).isTrue();
    }
}
