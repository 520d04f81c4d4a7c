package io.buildsite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown extensions, tables and callouts. */
class BodyRendererMarkdownTest {
    private final Bodies bodies = Bodies.site();

    private String render(String body) {
        return bodies.render(body);
    }

    @Test
    void wrapsATableInAFocusableScroller() {
        assertThat(render("<table><tr><td>a</td></tr></table>"))
                .isEqualTo("<div class=\"table-wrap\" tabindex=\"0\"><table><tbody><tr><td>a</td></tr></tbody></table></div>");
    }

    @Test
    void rendersAGfmTable() {
        assertThat(render("| a | b |\n|---|---|\n| 1 | 2 |"))
                .isEqualTo("<div class=\"table-wrap\" tabindex=\"0\"><table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n"
                        + "</thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table></div>");
    }

    @Test
    void aBodyWithANulCharacterKeepsItsRawHtmlBlocksAmidMarkdown() {
        String html = render("Một\u0000 *hai*\n\n<div>ba</div>\n\nbốn");

        assertThat(html).contains("<div>ba</div>").contains("<em>hai</em>").doesNotContain("raw-html-block");
    }

    @Test
    void threeDashesInTextAreAnEmDashWhileTwoAndThreeDotsStayAsWritten() {
        assertThat(render("Diffusion Models --- the hardest; run it with --force ... or not\n"))
                .isEqualTo("<p>Diffusion Models \u2014 the hardest; run it with --force ... or not</p>");
    }

    @Test
    void dashesInCodeStayAsWritten() {
        assertThat(render("`a --- b`\n")).isEqualTo("<p><code>a --- b</code></p>");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(render("~~cũ~~ mới")).isEqualTo("<p><del>cũ</del> mới</p>");
    }

    @Test
    void autolinksABareUrl() {
        assertThat(render("xem https://git-scm.com"))
                .isEqualTo("<p>xem <a href=\"https://git-scm.com\" rel=\"noopener\">https://git-scm.com</a></p>");
    }

    @Test
    void examTipBlockquoteBecomesATipCallout() {
        assertThat(render("<blockquote><p><strong>Exam tip:</strong> remember</p></blockquote>"))
                .isEqualTo("<blockquote class=\"callout callout-tip\"><p><strong class=\"callout-label\">Exam tip:</strong>"
                        + " remember</p></blockquote>");
    }

    @Test
    void vietnameseLabelsChooseTheirCalloutKind() {
        assertThat(render("> **Lưu ý:** x\n\n> **Cảnh báo:** y\n\n> **Mẹo thi:** z"))
                .isEqualTo("<blockquote class=\"callout callout-note\">\n<p><strong class=\"callout-label\">Lưu ý:</strong> x</p>\n"
                        + "</blockquote>\n<blockquote class=\"callout callout-warning\">\n<p><strong class=\"callout-label\">"
                        + "Cảnh báo:</strong> y</p>\n</blockquote>\n<blockquote class=\"callout callout-tip\">\n<p><strong "
                        + "class=\"callout-label\">Mẹo thi:</strong> z</p>\n</blockquote>");
    }

    @Test
    void blockquoteNotOpeningWithALabelStaysAQuote() {
        assertThat(render("<blockquote><p>plain <strong>Exam tip:</strong></p></blockquote>"))
                .isEqualTo("<blockquote><p>plain <strong>Exam tip:</strong></p></blockquote>");
    }

    @Test
    void blockquoteWithAnUnknownLabelStaysAQuote() {
        assertThat(render("<blockquote><p><strong>Ví dụ:</strong> x</p></blockquote>"))
                .isEqualTo("<blockquote><p><strong>Ví dụ:</strong> x</p></blockquote>");
    }

    @Test
    void authorsCalloutClassesAreNotTrusted() {
        assertThat(render("<blockquote class=\"callout callout-warning\"><p>x</p></blockquote>"))
                .isEqualTo("<blockquote><p>x</p></blockquote>");
    }
}
