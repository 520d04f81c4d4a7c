package io.buildsite.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies past what rendering takes: one error at the line that goes too far, and nothing rendered. */
class BodyRendererLimitsTest {
    private static final String TOO_DEEP = "error: nesting deeper than 100 levels (block quotes, lists, emphasis, links): "
            + "flatten it";

    private final Bodies bodies = Bodies.site();

    @Test
    void blockQuotesDeeperThanTheLimitAreAnErrorAtTheirLine() {
        RenderedBody body = bodies.renderBody("Intro.\n\n" + ">".repeat(1000) + " deep\n");

        assertThat(bodies.reported()).containsExactly("content/x.md:7:1: " + TOO_DEEP);
        assertThat(body.isEmpty()).isTrue();
    }

    @Test
    void nestingUpToTheLimitRenders() {
        String html = bodies.render(">".repeat(100) + " deep\n\n" + "- ".repeat(100) + "x\n");

        assertThat(bodies.reported()).isEmpty();
        assertThat(html.split("<blockquote>", -1)).hasSize(101);
        assertThat(html.split("<li>", -1)).hasSize(101);
        assertThat(html).contains("<p>deep</p>");
    }

    @Test
    void indentedListsAreCountedByTheirIndentation() {
        StringBuilder lines = new StringBuilder();
        for (int level = 0; level < 150; level++) {
            lines.append("  ".repeat(level)).append("- x\n");
        }

        bodies.renderBody(lines.toString());

        assertThat(bodies.reported()).containsExactly("content/x.md:105:1: " + TOO_DEEP);
    }

    @Test
    void aThematicBreakOfListMarkersIsNotNesting() {
        assertThat(bodies.render("- ".repeat(300) + "\n")).isEqualTo("<hr>");
        assertThat(bodies.reported()).isEmpty();
    }

    @Test
    void inlineNestingDeeperThanTheLimitIsAnErrorAtItsLine() {
        bodies.renderBody("a\n\nb\n" + "*a _b ".repeat(60) + "c" + " d_ e*".repeat(60) + "\n");

        assertThat(bodies.reported()).containsExactly("content/x.md:8:1: " + TOO_DEEP);
    }

    @Test
    void aLineOfRuleOrBorderMarksLongerThanTheLimitIsAnError() {
        bodies.renderBody("a\n\n" + "| x ".repeat(3000) + "|\n" + "|---".repeat(3000) + "|\n");

        assertThat(bodies.reported()).containsExactly("content/x.md:8:1: error: line of 12,001 characters of only "
                + "'-', '*', '_', '|', ':', '>' and spaces: a rule or table border may be at most 10,000 long");
    }

    @Test
    void aParagraphLongerThanTheLimitIsAnErrorAtItsFirstLine() {
        String paragraph = "word *em* **strong** [l](https://example.com) `c`\n".repeat(700);

        bodies.renderBody("# Title\n\n" + paragraph);

        assertThat(bodies.reported()).containsExactly("content/x.md:7:1: error: paragraph of " + String.format("%,d",
                paragraph.length()) + " characters: a paragraph, heading or table row may hold at most 32,768; "
                + "split it with a blank line");
    }

    @Test
    void aLongTableIsMeasuredRowByRow() {
        String rows = "| a | b |\n|---|---|\n" + "| word *em* | [l](https://example.com) |\n".repeat(2000);

        RenderedBody body = bodies.renderBody(rows);

        assertThat(bodies.reported()).isEmpty();
        assertThat(body.html().text()).contains("<table>");
    }

    @Test
    void aRunTooLongToSearchForLinksIsAnError() {
        bodies.renderBody("See https://example.com and " + "a.".repeat(1000) + "\n");

        assertThat(bodies.reported()).containsExactly("content/x.md:5:1: error: run of 2,000 letters, digits, '.', "
                + "'+' and '-' in text with a web or mail address: at most 1,000 are searched for links; break it with a space");
    }

    @Test
    void aLongRunWithoutAnyAddressIsPlainText() {
        String run = "a.".repeat(5000);

        assertThat(bodies.render(run)).isEqualTo("<p>" + run + "</p>");
        assertThat(bodies.reported()).isEmpty();
    }

    @Test
    void autolinksStillWork() {
        assertThat(bodies.render("Go to https://example.com/x or www.example.org, mail a@b.vn."))
                .isEqualTo("<p>Go to <a href=\"https://example.com/x\" rel=\"noopener\">https://example.com/x</a> or "
                        + "<a href=\"http://www.example.org\" rel=\"noopener\">www.example.org</a>, mail "
                        + "<a href=\"mailto:a@b.vn\">a@b.vn</a>.</p>");
    }

    @Test
    void aBodyThatTakesLongerThanTheTimeLimitIsAnErrorWhereItStopped() {
        Bodies slow = Bodies.site().timeLimit(Duration.ofMillis(200));

        // On a render thread: parsing these link titles recurses deeper than a test thread's stack allows.
        RenderThreads.forEach(List.of("Intro.\n\n" + "[ (](".repeat(6000) + "\n"), slow::renderBody);

        assertThat(slow.reported()).containsExactly("content/x.md:7:1: error: takes longer than 0.2 s to render "
                + "(stopped in this paragraph): split or simplify it");
    }

    @Test
    void aStackOverflowIsAnErrorAtTheBodysFirstLine() {
        String longTag = "<x-y " + "a=\"b\" ".repeat(100_000) + ">\n";

        bodies.renderBody("a\n\n" + longTag);

        assertThat(bodies.reported()).containsExactly("content/x.md:5:1: error: nested or repeated too deeply to render: "
                + "simplify it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div>", "<b>", "<blockquote><b>Tip:</b> ", "<pre>", "<div><h2>x", "<ul><li>"})
    void htmlNestedDeeperThanTheLimitIsAnErrorAndNeverOverflows(String open) {
        RenderedBody body = bodies.renderBody("<div>\n" + open.repeat(100_000) + "x < y\n</div>\n");

        assertThat(bodies.reported()).containsExactly("content/x.md:5:1: error: HTML elements nested deeper than 256 "
                + "levels: flatten them");
        assertThat(body.isEmpty()).isTrue();
    }

    @Test
    void htmlNestedUpToTheLimitRenders() {
        String html = bodies.render("<div>".repeat(250) + "x" + "</div>".repeat(250));

        assertThat(bodies.reported()).isEmpty();
        assertThat(html).isEqualTo("<div>".repeat(250) + "x" + "</div>".repeat(250));
    }
}
