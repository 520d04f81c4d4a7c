package io.buildsite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick count of open tags before jsoup parses: deep HTML caught, long flat HTML never. */
class HtmlNestingTest {
    private static final int OVER = HtmlNesting.MAX_LEVELS + 1;

    @Test
    void elementsLeftOpenBeyondTheLimitAreTooDeep() {
        assertThat(HtmlNesting.tooDeep("<div><h2>x\n".repeat(OVER))).isTrue();
        assertThat(HtmlNesting.tooDeep("<b>".repeat(OVER) + "x")).isTrue();
        assertThat(HtmlNesting.tooDeep("<blockquote><b>Tip:</b> ".repeat(OVER))).isTrue();
    }

    @Test
    void elementsNestedUpToTheLimitAreNot() {
        assertThat(HtmlNesting.tooDeep("<div>".repeat(HtmlNesting.MAX_LEVELS) + "x")).isFalse();
    }

    @Test
    void closedElementsDoNotAddUp() {
        assertThat(HtmlNesting.tooDeep("<div><span>x</span></div>\n".repeat(10 * OVER))).isFalse();
    }

    @Test
    void anEndTagClosesWhatWasLeftOpenInsideIt() {
        assertThat(HtmlNesting.tooDeep("<section><b><i>x</section>\n".repeat(10 * OVER))).isFalse();
    }

    @Test
    void elementsWithOptionalOrNoEndTagAreNotCounted() {
        assertThat(HtmlNesting.tooDeep("<ul>" + "<li>x<br><img src=a.png>".repeat(10 * OVER) + "</ul>")).isFalse();
        assertThat(HtmlNesting.tooDeep("<p>x\n".repeat(10 * OVER))).isFalse();
        assertThat(HtmlNesting.tooDeep("<table>" + "<tr><td>a<td>b".repeat(10 * OVER) + "</table>")).isFalse();
    }

    @Test
    void selfClosedElementsAreEmpty() {
        assertThat(HtmlNesting.tooDeep("<svg>" + "<path d=\"M0 0\"/>".repeat(10 * OVER) + "</svg>")).isFalse();
    }

    @Test
    void aHeadingEndsTheHeadingItIsWrittenIn() {
        assertThat(HtmlNesting.tooDeep("<h2>x\n".repeat(10 * OVER))).isFalse();
    }

    @Test
    void aLinkEndsTheLinkItIsWrittenIn() {
        assertThat(HtmlNesting.tooDeep("<a href=\"#x\"><b>x</b>\n".repeat(10 * OVER))).isFalse();
    }

    @Test
    void textWithoutTagsIsNotNested() {
        assertThat(HtmlNesting.tooDeep("a < b and <3 ".repeat(10 * OVER))).isFalse();
    }
}
