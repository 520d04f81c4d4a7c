package io.buildsite.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Skipping the Markdown parser for bodies of raw HTML blocks never changes what a body renders to. */
class RawHtmlBlocksProperties {

    /** Lines that raw-HTML lessons are made of, plus lines that make a body Markdown or a harder kind of HTML. */
    private static final List<String> LINES = List.of("", "", "   ", "<p>Một đoạn <strong>văn</strong></p>",
            "<h2 id=\"a\">Heading</h2>", "<table>", "<tr><td>1</td></tr>", "</table>", "<pre><code>x <= 3", "y = 2",
            "</code></pre>", "<pre>one line</pre> after", "<PRE class=\"x\">", "</PRE>", "<!-- note -->", "<!--",
            "-->", "<!-- a --> b", "<details>", "<summary>Answer</summary>", "</details>", "  <li>item</li>",
            "<ul>", "</ul>", "   <div>", "    <p>indented four</p>", "plain text", "# Heading", "- item",
            "<span>inline</span>", "<custom-tag>", "<script>x()</script>", "</div>", "<hr/>", "<hr />", "<p",
            "<pre", "<preface>", "<p>x</p>  ", "<blockquote><p><strong>Exam tip:</strong> x</p></blockquote>",
            "| a | b |", "```", "<style>p{}</style>", "<![CDATA[ x ]]>", "<?php x ?>", "<!DOCTYPE html>");

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(LINES).list().ofMaxSize(14)
                .flatMap(lines -> Arbitraries.of("", "\n").map(end -> String.join("\n", lines) + end));
    }

    @Property(tries = 3000)
    void whenItAnswersItAnswersAsTheParserDoes(@ForAll("bodies") String body) {
        String copied = RawHtmlBlocks.copyOrNull(body);
        net.jqwik.api.statistics.Statistics.collect(copied != null ? "answered" : "left to the parser");
        // Holds the property to account: the fast path must actually answer for a good share of bodies.
        net.jqwik.api.statistics.Statistics.coverage(check -> check.check("answered").percentage(p -> p > 20));
        if (copied != null) {
            assertThat(copied).isEqualTo(MarkdownOracles.parsedRawHtml(body));
        }
    }

    /** The same lines and more Markdown: links, a reference and its definition, lists, quotes, a NUL. */
    @Provide
    Arbitrary<String> mixedBodies() {
        List<String> more = new java.util.ArrayList<>(LINES);
        more.addAll(List.of("See [the course](/series/x/) and [ref][r].", "[r]: https://example.com/ \"T\"",
                "> quoted <em>text</em>", "1. first", "   <p>in a list</p>", "- **bold** item", "\0", "***",
                "<div>", "text after a div", "    code", "Setext", "---", "<a href=\"/x/\">raw link</a>"));
        return Arbitraries.of(more).list().ofMaxSize(16)
                .flatMap(lines -> Arbitraries.of("", "\n").map(end -> String.join("\n", lines) + end));
    }

    @Property(tries = 3000)
    void copyingTopLevelBlocksRendersAsTheWholeRendererDoes(@ForAll("mixedBodies") String body) {
        assertThat(MarkdownOracles.renderedByBlocks(body)).isEqualTo(MarkdownOracles.renderedWhole(body));
    }

    @Test
    void answersForALessonOfHeadingsCodeTablesAndTips() {
        String body = """
                <h2 id="phan-1">1. Phần</h2>

                <p>Đoạn <code>kubectl</code>.</p>

                <pre><code class="language-bash">x &lt;= 1

                y = 2
                </code></pre>

                <table>
                <tr><td>a</td></tr>
                </table>

                <blockquote><p><strong>Exam tip:</strong> nhớ</p></blockquote>

                <details>
                <summary>Đáp án</summary>
                <p>B</p>
                </details>
                """;

        assertThat(RawHtmlBlocks.copyOrNull(body)).isNotNull().isEqualTo(MarkdownOracles.parsedRawHtml(body));
    }

    @Test
    void leavesMarkdownToTheParser() {
        assertThat(RawHtmlBlocks.copyOrNull("<p>a</p>\n\n## Heading\n")).isNull();
        assertThat(RawHtmlBlocks.copyOrNull("<p>a</p>\n\n    indented code\n")).isNull();
        assertThat(RawHtmlBlocks.copyOrNull("<span>inline</span>\n")).isNull();
    }
}
