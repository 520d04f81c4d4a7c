package io.buildsite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererCodeTest {
    private static final String BUTTON = "<button type=\"button\" class=\"copy-code\" hidden></button>";

    private final Bodies bodies = Bodies.site();

    private String render(String body) {
        return bodies.render(body);
    }

    @Test
    void wrapsCodeInABlockWithItsLanguageAndAHiddenCopyButton() {
        assertThat(render("<pre><code class=\"language-python\">print(1)</code></pre>"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"python\">" + BUTTON
                        + "<pre class=\"language-python\"><code class=\"language-python\">print(1)</code></pre></div>");
    }

    @Test
    void aPreInsideAPreBecomesPartOfTheOuterBlocksCode() {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment("<pre><b><pre>x</pre></b></pre>");
        document.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element body = document.body();
        java.util.Set<String> languages = new java.util.TreeSet<>();

        CodeBlocks.apply(BodyElements.of(body), languages);

        assertThat(body.html()).isEqualTo("<div class=\"code-block\" data-lang=\"text\">" + BUTTON
                + "<pre class=\"language-text\"><code class=\"language-text\"><b><pre>x</pre></b></code></pre></div>");
        assertThat(languages).containsExactly("text");
    }

    @Test
    void collectsTheLanguagesUsed() {
        RenderedBody body = bodies.renderBody("<pre><code class=\"language-python\">a</code></pre>\n\n"
                + "```bash\nls\n```\n\n<pre>plain</pre>");

        assertThat(body.codeLanguages()).containsExactlyInAnyOrder("python", "bash", "text");
    }

    @Test
    void fencedCodeLanguageIsLowerCased() {
        assertThat(render("```Python\nprint(1)\n```"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"python\">" + BUTTON
                        + "<pre class=\"language-python\"><code class=\"language-python\">print(1)\n</code></pre></div>");
    }

    @Test
    void codeWithoutLanguageIsText() {
        assertThat(render("```\nplain\n```"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"text\">" + BUTTON
                        + "<pre class=\"language-text\"><code class=\"language-text\">plain\n</code></pre></div>");
    }

    @Test
    void langPrefixIsReadAsTheLanguage() {
        assertThat(render("<pre><code class=\"lang-js\">y</code></pre>"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"js\">" + BUTTON
                        + "<pre class=\"language-js\"><code class=\"language-js\">y</code></pre></div>");
    }

    @Test
    void preWithoutCodeGetsACodeElement() {
        assertThat(render("<pre>ls -la</pre>"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"text\">" + BUTTON
                        + "<pre class=\"language-text\"><code class=\"language-text\">ls -la</code></pre></div>");
    }

    @Test
    void unescapedLessThanInARawPreSurvivesAsText() {
        assertThat(render("<pre><code class=\"language-python\">if x <= 3:\n    xs: List<String> = []</code></pre>"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"python\">" + BUTTON
                        + "<pre class=\"language-python\"><code class=\"language-python\">if x &lt;= 3:\n"
                        + "    xs: List&lt;String&gt; = []</code></pre></div>");
    }

    @Test
    void tagsInsideARawPreShowAsText() {
        assertThat(render("<pre><code><b>x</b></code></pre>"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"text\">" + BUTTON
                        + "<pre class=\"language-text\"><code class=\"language-text\">&lt;b&gt;x&lt;/b&gt;</code></pre></div>");
    }

    @Test
    void preShownInsideFencedCodeIsLeftToMarkdown() {
        assertThat(render("```html\n<pre><code>a < b</code></pre>\n```"))
                .isEqualTo("<div class=\"code-block\" data-lang=\"html\">" + BUTTON
                        + "<pre class=\"language-html\"><code class=\"language-html\">"
                        + "&lt;pre&gt;&lt;code&gt;a &lt; b&lt;/code&gt;&lt;/pre&gt;\n</code></pre></div>");
    }

    @Test
    void inlineCodeIsNotACodeBlock() {
        assertThat(render("dùng `git add`")).isEqualTo("<p>dùng <code>git add</code></p>");
    }
}
