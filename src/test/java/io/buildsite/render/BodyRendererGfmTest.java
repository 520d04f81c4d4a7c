package io.buildsite.render;

import io.buildsite.model.PageLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GitHub-style Markdown: alerts, task lists, footnotes, definition lists and mermaid blocks. */
class BodyRendererGfmTest {
    private final Bodies bodies = Bodies.site();

    private String render(String body) {
        return bodies.render(body);
    }

    /** An alert of {@code kind} holding {@code <p>x</p>}, as the renderer writes it. */
    private static String alert(String kind, PageLabel label) {
        return "<blockquote class=\"callout callout-" + kind + "\"><p class=\"callout-label\">"
                + "<span class=\"callout-icon\" aria-hidden=\"true\"></span>" + label.marker() + "</p>\n<p>x</p>\n</blockquote>";
    }

    @ParameterizedTest(name = "[!{0}]")
    @CsvSource({"NOTE, note", "TIP, tip", "IMPORTANT, important", "WARNING, warning", "CAUTION, caution"})
    void anAlertBecomesTheCalloutOfItsKindWithItsLabel(PageLabel label, String kind) {
        assertThat(render("> [!" + label.name() + "]\n> x")).isEqualTo(alert(kind, label));
    }

    @Test
    void anAlertsKindIsReadInAnyCaseAndMayStandInAParagraphOfItsOwn() {
        assertThat(render("> [!note]\n>\n> x")).isEqualTo(alert("note", PageLabel.NOTE));
    }

    @Test
    void anAlertsLabelIsNotPartOfTheBodysText() {
        assertThat(bodies.renderBody("> [!WARNING]\n> x").textStart().text()).isEqualTo("x");
    }

    @Test
    void anAlertOpeningWithAnExamTipStaysAnAlert() {
        assertThat(render("> [!CAUTION]\n> **Exam tip:** x")).startsWith("<blockquote class=\"callout callout-caution\">")
                .contains("<p><strong>Exam tip:</strong> x</p>");
    }

    @Test
    void anUnknownKindOrTextAfterTheKindLeavesAQuote() {
        assertThat(render("> [!DANGER]\n> x\n\n> [!NOTE] x"))
                .isEqualTo("<blockquote>\n<p>[!DANGER]\nx</p>\n</blockquote>\n<blockquote>\n<p>[!NOTE] x</p>\n</blockquote>");
    }

    @Test
    void taskListItemsShowReadOnlyCheckboxesLabelledByTheirText() {
        assertThat(render("- [ ] nháp\n- [x] **xong**"))
                .isEqualTo("<ul class=\"contains-task-list\">\n"
                        + "<li class=\"task-list-item\"><label><input type=\"checkbox\" disabled> nháp</label></li>\n"
                        + "<li class=\"task-list-item\"><label><input type=\"checkbox\" checked disabled> "
                        + "<strong>xong</strong></label></li>\n</ul>");
    }

    @Test
    void aLooseTaskItemLabelsItsFirstParagraphAndKeepsTheNext() {
        assertThat(render("- [x] một\n\n  hai\n- [ ] ba"))
                .isEqualTo("<ul class=\"contains-task-list\">\n<li class=\"task-list-item\">\n"
                        + "<p><label><input type=\"checkbox\" checked disabled> một\n</label></p><p>hai</p>\n\n</li>\n"
                        + "<li class=\"task-list-item\">\n<p><label><input type=\"checkbox\" disabled> ba</label></p>\n</li>\n</ul>");
    }

    @Test
    void anInputThatOpensNoListItemIsDropped() {
        assertThat(render("<p>a <input type=\"checkbox\"> <input type=\"text\" value=\"x\"></p>")).isEqualTo("<p>a  </p>");
    }

    @Test
    void twoFootnotesLinkToTheirNotesAndBack() {
        String back = " class=\"footnote-backref\" aria-label=\"" + PageLabel.FOOTNOTE_BACK.marker() + "\">\u21a9</a>";
        assertThat(render("Git[^git] và GitHub[^hub].\n\n[^git]: Công cụ.\n[^hub]: Dịch vụ."))
                .isEqualTo("<p>Git<sup id=\"fnref-1\"><a href=\"#fn-1\" class=\"footnote-ref\">1</a></sup> và GitHub"
                        + "<sup id=\"fnref-2\"><a href=\"#fn-2\" class=\"footnote-ref\">2</a></sup>.</p>\n"
                        + "<div class=\"footnotes\">\n<hr>\n<ol>\n"
                        + "<li id=\"fn-1\">\n<p>Công cụ.</p>\n<a href=\"#fnref-1\"" + back + "</li>\n"
                        + "<li id=\"fn-2\">\n<p>Dịch vụ.</p>\n<a href=\"#fnref-2\"" + back + "</li>\n</ol>\n</div>");
    }

    @Test
    void aFootnoteReferencedTwiceGetsTwoDistinctIdsAndTwoWaysBack() {
        RenderedBody body = bodies.renderBody("a[^1] b[^1]\n\n[^1]: c");

        assertThat(body.ids()).containsExactlyInAnyOrder("fnref-1", "fnref-1-1", "fn-1");
        assertThat(body.html().text()).contains("<a href=\"#fnref-1\" class=\"footnote-backref\"")
                .contains("<a href=\"#fnref-1-1\" class=\"footnote-backref\"");
    }

    @Test
    void footnotesAreNumberedInTheOrderTheTextFirstRefersToThem() {
        String html = render("a[^x] b[^y] c[^x]\n\n[^y]: Y\n[^x]: X");

        assertThat(html).startsWith("<p>a<sup id=\"fnref-1\"><a href=\"#fn-1\" class=\"footnote-ref\">1</a></sup>"
                + " b<sup id=\"fnref-2\"><a href=\"#fn-2\" class=\"footnote-ref\">2</a></sup>"
                + " c<sup id=\"fnref-1-1\"><a href=\"#fn-1\" class=\"footnote-ref\">1</a></sup></p>");
        assertThat(html.indexOf("<p>X</p>")).isLessThan(html.indexOf("<p>Y</p>"));
    }

    @Test
    void aHeadingNamedLikeAFootnoteTakesAnotherId() {
        assertThat(render("## fn 1\n\nx[^1]\n\n[^1]: y")).startsWith("<h2 id=\"fn-1-2\">fn 1</h2>");
    }

    @Test
    void rendersADefinitionList() {
        assertThat(render("Commit\n: Một ảnh chụp.\n: Có tác giả.\n\nBranch\n: Một con trỏ."))
                .isEqualTo("<dl>\n<dt>Commit</dt>\n<dd>Một ảnh chụp.</dd>\n<dd>Có tác giả.</dd>\n"
                        + "<dt>Branch</dt>\n<dd>Một con trỏ.</dd>\n</dl>");
    }

    @Test
    void aMermaidBlockStaysACodeBlockWithAClassForTheTheme() {
        assertThat(render("```mermaid\ngraph LR\n  A-->B\n```"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"mermaid\"><button type=\"button\" class=\"copy-code\" hidden>"
                        + "</button><pre class=\"language-mermaid mermaid\"><code class=\"language-mermaid\">graph LR\n"
                        + "  A--&gt;B\n</code></pre></div>");
    }
}
