package io.buildsite.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What the SVG allowlist lets through: SVG literal in, exact SVG out, and what was named as removed. */
class SvgSanitizerTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\">";

    private static SvgSanitizer.Cleaned clean(String svg) {
        return SvgSanitizer.clean(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String cleaned(String svg) {
        return clean(svg).svg();
    }

    @Test
    void keepsADrawingAsItIs() {
        String drawing = SVG + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"></stop></linearGradient></defs>"
                + "<g transform=\"translate(1 2)\"><rect width=\"10\" height=\"5\" fill=\"url(#g)\"></rect>"
                + "<text x=\"1\" y=\"4\" font-size=\"3\">a &lt; b</text></g></svg>";

        SvgSanitizer.Cleaned result = clean(drawing);

        assertThat(result.svg()).isEqualTo(drawing);
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void dropsScriptsWithTheirContent() {
        SvgSanitizer.Cleaned result = clean(SVG + "\n<circle r=\"1\"/>\n<script>alert(1)</script></svg>");

        assertThat(result.svg()).isEqualTo(SVG + "\n<circle r=\"1\"></circle>\n</svg>");
        assertThat(result.removed()).containsExactly("<script>");
        assertThat(result.firstLine()).isEqualTo(3);
    }

    @Test
    void dropsEventHandlersOfAnyCase() {
        SvgSanitizer.Cleaned result = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<rect onClick=\"x()\" width=\"1\"/></svg>");

        assertThat(result.svg()).isEqualTo(SVG + "<rect width=\"1\"></rect></svg>");
        assertThat(result.removed()).containsExactly("onload", "onClick");
        assertThat(result.firstLine()).isEqualTo(1);
    }

    @Test
    void dropsForeignObjectFramesObjectsAndAnimation() {
        SvgSanitizer.Cleaned result = clean(SVG + "<foreignObject><img src=\"x\" onerror=\"alert(1)\"/></foreignObject>"
                + "<iframe src=\"https://e.com\"/><embed src=\"x.swf\"/><object data=\"x\"/>"
                + "<a href=\"#a\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><circle r=\"1\"/></a></svg>");

        assertThat(result.svg()).isEqualTo(SVG + "<a href=\"#a\"><circle r=\"1\"></circle></a></svg>");
        assertThat(result.removed()).containsExactly("<foreignObject>", "<iframe>", "<embed>", "<object>", "<set>");
    }

    @Test
    void keepsLinksToThisImageAndImagesByRelativeOrHttpsAddress() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<use href=\"#icon\"></use><use xlink:href=\"#icon\"></use><image href=\"photo.png\"></image>"
                + "<image xlink:href=\"https://cdn.example.org/a.png\"></image></svg>";

        assertThat(clean(svg).svg()).isEqualTo(svg);
        assertThat(clean(svg).removed()).isEmpty();
    }

    @Test
    void dropsJavascriptDataAndOtherFilesLinks() {
        SvgSanitizer.Cleaned result = clean(SVG + "<a href=\"java&#x09;script:alert(1)\"><circle r=\"1\"/></a>"
                + "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/><use href=\"http://evil.example/x.svg#a\"/>"
                + "<use href=\"sprite.svg#a\"/><image href=\"//evil.example/a.png\"/></svg>");

        assertThat(result.svg()).isEqualTo(SVG + "<a><circle r=\"1\"></circle></a><image></image><use></use><use></use><image></image></svg>");
        assertThat(result.removed()).containsExactly("href (javascript: URL)", "href (data: URL)", "href (http: URL)",
                "href (another file)");
    }

    @Test
    void dropsStylesThatLoadSomethingAndKeepsTheRest() {
        SvgSanitizer.Cleaned result = clean(SVG + "<style>@import url(https://evil.example/x.css);</style>"
                + "<style>.a { fill: url(#g) }</style>"
                + "<rect style=\"fill: red\" /><rect style=\"background: url(https://evil.example/t.png)\" />"
                + "<rect fill=\"url(https://evil.example/x.svg#g)\" /><rect style=\"fill: u\\72l(x)\" /></svg>");

        assertThat(result.svg()).isEqualTo(SVG + "<style>.a { fill: url(#g) }</style><rect style=\"fill: red\"></rect><rect></rect>"
                + "<rect></rect><rect></rect></svg>");
        assertThat(result.removed()).containsExactly("<style> with url() or @import", "style with url() or @import",
                "fill with url()");
    }

    @Test
    void dropsEditorMetadataUnknownAttributesAndCommentsQuietly() {
        SvgSanitizer.Cleaned result = clean("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
                + "inkscape:version=\"1.2\" width=\"4\"><!-- made by hand --><metadata><title>x</title></metadata>"
                + "<inkscape:grid /><path d=\"M0 0h4\" data-x=\"1\" /></svg>\n");

        assertThat(result.svg()).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\"><path d=\"M0 0h4\"></path></svg>");
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void namesWhatActsInsideDroppedElements() {
        SvgSanitizer.Cleaned result = clean(SVG + "<metadata><script>alert(1)</script></metadata><switch><g /></switch></svg>");

        assertThat(result.svg()).isEqualTo(SVG + "<switch><g></g></switch></svg>");
        assertThat(result.removed()).containsExactly("<script>");
    }

    @Test
    void aFileWithoutAnSvgRootPublishesAnEmptyImage() {
        SvgSanitizer.Cleaned result = clean("<html><body><img src=\"x\" onerror=\"alert(1)\"></body></html>");

        assertThat(result.svg()).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        assertThat(result.removed()).containsExactly("onerror");
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        assertThat(cleaned(SVG + "<text><![CDATA[</text><script>alert(1)</script>]]></text></svg>"))
                .isEqualTo(SVG + "<text>&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>");
    }
}
