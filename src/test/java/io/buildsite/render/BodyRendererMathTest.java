package io.buildsite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TeX math reaches the page as written, escaped for HTML only, marked for MathJax where it is text; dollars
 * that are not math stay Markdown.
 */
class BodyRendererMathTest {
    private static final String BUTTON = "<button type=\"button\" class=\"copy-code\" hidden></button>";

    private final Bodies bodies = Bodies.site();

    private String render(String body) {
        return bodies.render(body);
    }

    /** The mark MathJax's loader looks for, around {@code tex} as it reaches the page. */
    private static String math(String tex) {
        return "<span class=\"math\">" + tex + "</span>";
    }

    @Test
    void displayMathKeepsItsBackslashes() {
        assertThat(render("$$\\int_0^1 x\\,dx$$")).isEqualTo("<p>" + math("$$\\int_0^1 x\\,dx$$") + "</p>");
    }

    @Test
    void inlineMathKeepsUnderscoresAndStars() {
        assertThat(render("Với $\\hat{y}_{t} = a*b*c + \\bar{x}_{t}$ thì"))
                .isEqualTo("<p>Với " + math("$\\hat{y}_{t} = a*b*c + \\bar{x}_{t}$") + " thì</p>");
    }

    @Test
    void parenthesesMakeInlineMath() {
        assertThat(render("Khi \\(x_{i}^{*} \\le 1\\) xong"))
                .isEqualTo("<p>Khi " + math("\\(x_{i}^{*} \\le 1\\)") + " xong</p>");
    }

    @Test
    void bracketsMakeDisplayMath() {
        assertThat(render("\\[\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\\]"))
                .isEqualTo("<p>" + math("\\[\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\\]") + "</p>");
    }

    @Test
    void displayMathSpansTheLinesOfItsParagraph() {
        assertThat(render("$$\\begin{aligned}\na &= b_1 \\\\\nc &= d_1\n\\end{aligned}$$"))
                .isEqualTo("<p>" + math("$$\\begin{aligned}\na &amp;= b_1 \\\\\nc &amp;= d_1\n\\end{aligned}$$") + "</p>");
    }

    @Test
    void displayMathInAQuoteLeavesTheQuoteMarkersOut() {
        assertThat(render("> $$a_1\n> + b_1$$")).isEqualTo("<blockquote>\n<p>" + math("$$a_1\n+ b_1$$") + "</p>\n</blockquote>");
    }

    @Test
    void displayMathDoesNotCrossABlankLine() {
        assertThat(render("$$a_*b*\n\nc$$")).isEqualTo("<p>$$a_<em>b</em></p>\n<p>c$$</p>");
    }

    @Test
    void lessThanGreaterThanAndAmpersandInMathAreEscaped() {
        assertThat(render("$$0 < x \\le 1 \\;\\&\\; y > 2$$"))
                .isEqualTo("<p>" + math("$$0 &lt; x \\le 1 \\;\\&amp;\\; y &gt; 2$$") + "</p>");
    }

    @Test
    void moneyIsNotMath() {
        assertThat(render("Giá $5 *mới* và $10, costs $5, or $10"))
                .isEqualTo("<p>Giá $5 <em>mới</em> và $10, costs $5, or $10</p>");
    }

    @Test
    void aDollarFollowedByADigitDoesNotCloseMath() {
        assertThat(render("từ $5 *đến* 7$10")).isEqualTo("<p>từ $5 <em>đến</em> 7$10</p>");
    }

    @Test
    void anEscapedDollarIsALiteralDollarOutsideMathAndStaysEscapedInside() {
        assertThat(render("\\$x*y*\\$ và $a\\$b$"))
                .isEqualTo("<p>$x<em>y</em>$ và " + math("$a\\$b$") + "</p>");
    }

    @Test
    void dollarsInCodeSpansAreCode() {
        assertThat(render("Chạy `echo $HOME` rồi `cat a_1$` và `$a\\,b$`"))
                .isEqualTo("<p>Chạy <code>echo $HOME</code> rồi <code>cat a_1$</code> và <code>$a\\,b$</code></p>");
    }

    @Test
    void mathInFencedCodeIsCode() {
        assertThat(render("```tex\n$$a\n  \\,b$$\n```"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"tex\">" + BUTTON
                        + "<pre class=\"language-tex\"><code class=\"language-tex\">$$a\n  \\,b$$\n</code></pre></div>");
    }

    @Test
    void mathInIndentedCodeIsCode() {
        assertThat(render("Ví dụ:\n\n    $$a\n      \\,b$$"))
                .isEqualTo("<p>Ví dụ:</p>\n<div class=\"code-block\" data-lang=\"text\">" + BUTTON
                        + "<pre class=\"language-text\"><code class=\"language-text\">$$a\n  \\,b$$\n</code></pre></div>");
    }

    @Test
    void mathInRawPreAndCodeIsCode() {
        assertThat(render("<p>Lệnh <code>echo $a&lt;b$</code></p>\n\n<pre>$$x &amp; y$$</pre>"))
                .isEqualTo("<p>Lệnh <code>echo $a&lt;b$</code></p>\n\n<div class=\"code-block\" data-lang=\"text\">" + BUTTON
                        + "<pre class=\"language-text\"><code class=\"language-text\">$$x &amp; y$$</code></pre></div>");
    }

    @Test
    void mathInARawHtmlBlockIsEscapedAsText() {
        assertThat(render("<p>Công thức $$x_1 < y_2$$ và $a<b$ nhé</p>"))
                .isEqualTo("<p>Công thức " + math("$$x_1 &lt; y_2$$") + " và " + math("$a&lt;b$") + " nhé</p>");
    }

    @Test
    void aLessThanSignInRawHtmlTextOpensNoTagBeforeMath() {
        assertThat(render("<p>x < 3 và $x_1$</p>"))
                .isEqualTo("<p>x &lt; 3 và " + math("$x_1$") + "</p>");
    }

    @Test
    void mathDoesNotReachAcrossTags() {
        assertThat(render("<table><tr><td>$x</td><td>y$</td></tr></table>"))
                .isEqualTo("<div class=\"table-wrap\" tabindex=\"0\"><table><tbody><tr><td>$x</td><td>y$</td></tr>"
                        + "</tbody></table></div>");
    }

    @Test
    void mathInALinkTextStaysAsWritten() {
        assertThat(render("[xem $x_1\\,x_2$](https://example.com)"))
                .isEqualTo("<p><a href=\"https://example.com\" rel=\"noopener\">xem " + math("$x_1\\,x_2$") + "</a></p>");
    }

    @Test
    void theTableOfContentsShowsAHeadingsMathAsWritten() {
        RenderedBody body = bodies.renderBody("## Tích phân $\\int_0^1 x\\,dx$");

        assertThat(body.toc()).extracting(TocEntry::title).containsExactly("Tích phân $\\int_0^1 x\\,dx$");
    }

    @Test
    void theSearchTextHoldsTheTexAsWritten() {
        RenderedBody body = bodies.renderBody("Biết $$\\int_0^1 x\\,dx$$ và $a<b$.");

        assertThat(body.textStart().text()).isEqualTo("Biết $$\\int_0^1 x\\,dx$$ và $a<b$.");
    }

    @Test
    void inlineMathWithEveryCharacterMarkdownOrHtmlWouldTakeIsMarkedAsWritten() {
        assertThat(render("Ta có $a_1 * b_2 < c \\& d_{*}$ nhé"))
                .isEqualTo("<p>Ta có " + math("$a_1 * b_2 &lt; c \\&amp; d_{*}$") + " nhé</p>");
    }

    @Test
    void displayMathWithEveryCharacterMarkdownOrHtmlWouldTakeIsMarkedAsWritten() {
        assertThat(render("$$\\frac{a_1 * b_1}{2} < \\sqrt{x} \\& y$$"))
                .isEqualTo("<p>" + math("$$\\frac{a_1 * b_1}{2} &lt; \\sqrt{x} \\&amp; y$$") + "</p>");
    }

    @Test
    void twoDisplayFormulasOnConsecutiveLinesAreMarkedApart() {
        assertThat(render("$$a_1$$\n$$b_1$$"))
                .isEqualTo("<p>" + math("$$a_1$$") + "\n" + math("$$b_1$$") + "</p>");
    }

    @Test
    void mathInAnImageDescriptionStaysPlainTextInTheAttribute() {
        assertThat(render("![Công thức $x_1 < y$](https://example.com/a.png)"))
                .isEqualTo("<p><img src=\"https://example.com/a.png\" alt=\"Công thức $x_1 &lt; y$\" loading=\"lazy\" decoding=\"async\"></p>");
    }

    @Test
    void mathInALinkTitleStaysPlainTextInTheAttribute() {
        assertThat(render("[xem](https://example.com \"khi $x_1$\") và $y$"))
                .isEqualTo("<p><a href=\"https://example.com\" title=\"khi $x_1$\" rel=\"noopener\">xem</a> và "
                        + math("$y$") + "</p>");
    }

    @Test
    void anAuthorsMathClassIsKeptOnASpanOnly() {
        assertThat(render("<p><span class=\"math big\">x</span> <em class=\"math\">y</em></p>"))
                .isEqualTo("<p>" + math("x") + " <em>y</em></p>");
    }

    @Test
    void aFormulaInAnAuthorsMathSpanIsMarkedOnce() {
        assertThat(render("<p><span class=\"math\">$x_1$</span></p>"))
                .isEqualTo("<p>" + math("<span>$x_1$</span>") + "</p>");
    }

    @Test
    void aBodyWithMathSaysSo() {
        assertThat(bodies.renderBody("Biết $x_1$.").hasMath()).isTrue();
    }

    @Test
    void aBodyWhoseDollarsAreMoneyHasNoMath() {
        assertThat(bodies.renderBody("Giá $5 và $10.").hasMath()).isFalse();
    }
}
