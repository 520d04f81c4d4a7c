package io.buildsite.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Math spans are found where the rules say, lose nothing, are marked for MathJax, and leave every other body as it was. */
class MathSpansProperties {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /** Markdown and HTML around the math: none of them holds a dollar, a backslash or a backtick. */
    private static final List<String> PROSE = List.of("Một", "đoạn", "*nghiêng*", "_gạch_", "**đậm**", "**", "*", "_",
            "[liên kết](https://example.com)", "\n", "\n\n", "\n- ", "\n1. ", "\n> ", "\n## ", "<p>", "</p>",
            "<span>", "</span>", "<em>", "</em>", "|", "x < 3", "a & b", "10,000");

    /** TeX pieces: no dollar, no {@code >} (so never a whole tag), no lone backslash at the end. */
    private static final List<String> TEX = List.of("x", "y_1", "^{2}", "\\,", "\\\\", "\\frac{a}{b}", "*", "_",
            "<", "&", "|", "+", " ", "\\{", "\\}", "(", ")", "[", "]", "\\alpha", "\\mathcal{N}", "**", "~");

    @Provide
    Arbitrary<String> tex() {
        return Arbitraries.of(TEX).list().ofMinSize(1).ofMaxSize(8).map(pieces -> "x" + String.join("", pieces) + "y");
    }

    @Provide
    Arbitrary<String> displayTex() {
        Arbitrary<String> line = tex();
        return line.list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> math() {
        return Arbitraries.oneOf(
                tex().map(t -> "$" + t + "$"),
                tex().map(t -> "\\(" + t + "\\)"),
                displayTex().map(t -> "$$" + t + "$$"),
                displayTex().map(t -> "\\[" + t + "\\]"));
    }

    @Provide
    Arbitrary<List<String>> bodyParts() {
        return Arbitraries.oneOf(Arbitraries.of(PROSE), math()).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void everyMathSpanComesOutAsWritten(@ForAll("bodyParts") List<String> parts) {
        String html = Bodies.site().render(String.join(" ", parts));

        for (String part : parts) {
            if (part.startsWith("$") || part.startsWith("\\")) {
                assertThat(html).contains(MathSpans.MARK_START + part.replace("&", "&amp;").replace("<", "&lt;") + "</span>");
            }
        }
    }

    @Provide
    Arbitrary<String> pricedText() {
        Arbitrary<String> price = Combinators.combine(Arbitraries.integers().between(0, 99_999),
                Arbitraries.of("", ",00", ".5", "/khóa", ")")).as((n, tail) -> "$" + n + tail);
        return Arbitraries.oneOf(Arbitraries.of(PROSE), price, Arbitraries.of("\\$x", "\\$", "(\\$5)"))
                .list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 300)
    void pricesAreNeverMath(@ForAll("pricedText") String body) {
        assertThat(MathSpans.protect(body).text()).isEqualTo(body);
    }

    /** Any source whose lines do not begin with a quote marker: those are left out of math over several lines. */
    @Provide
    Arbitrary<String> anySource() {
        return Arbitraries.of("$", "$$", "\\(", "\\)", "\\[", "\\]", "\\$", "\\", "`", "```", "\n", "\n\n", "    ",
                        "- ", "<pre>", "</pre>", "<code>", "</code>", "<p>", "</p>", "<!--", "-->", "<b>", "<td x=\">\">",
                        "a", "1", " ", "_", "*", "<", "a>", "\"")
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void puttingTheSpansBackGivesTheSourceEscaped(@ForAll("anySource") String source) {
        MathSpans math = MathSpans.protect(source);

        String back = math.restore(math.text()).replace(MathSpans.MARK_START, "").replace("</span>", "");

        assertThat(back.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"))
                .isEqualTo(source);
    }

    @Provide
    Arbitrary<String> withoutDollarOrBackslash() {
        return Arbitraries.of(PROSE).list().ofMaxSize(16).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 200)
    void aBodyWithoutDollarOrBackslashIsLeftAsItIs(@ForAll("withoutDollarOrBackslash") String body) {
        MathSpans math = MathSpans.protect(body);
        String html = MARKDOWN.render(body);

        assertThat(math.text()).isSameAs(body);
        assertThat(math.restore(html)).isSameAs(html);
    }

    @Test
    void aRawHtmlBodyWithMathStaysOnTheFastPath() {
        String body = "<p>Công thức $$x_1 < y_2$$</p>\n\n<p>và $a\\,b$ trên\nhai dòng $$c\n\\\\ d$$</p>\n";
        String text = MathSpans.protect(body).text();

        assertThat(RawHtmlBlocks.copyOrNull(text)).isNotNull().isEqualTo(MarkdownOracles.parsedRawHtml(text));
        assertThat(MARKDOWN.render(body)).isEqualTo(
                "<p>Công thức <span class=\"math\">$$x_1 &lt; y_2$$</span></p>\n\n<p>và <span class=\"math\">$a\\,b$</span> trên\n"
                        + "hai dòng <span class=\"math\">$$c\n\\\\ d$$</span></p>\n\n");
    }
}
