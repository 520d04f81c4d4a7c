package io.buildsite.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever hostile HTML a lesson holds, the rendered body runs no script. */
class BodyRendererSanitizingProperties {

    @Property(tries = 400)
    void outputHasNoScriptElement(@ForAll("hostileBodies") String body) {
        String html = Bodies.site("images/a.png").render(body);

        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(Jsoup.parseBodyFragment(html).select("script, iframe, object, embed, svg, style")).isEmpty();
    }

    @Property(tries = 400)
    void outputHasNoEventHandlerAttribute(@ForAll("hostileBodies") String body) {
        Document page = Jsoup.parseBodyFragment(Bodies.site("images/a.png").render(body));

        for (Element element : page.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("attribute of <%s>", element.tagName())
                        .doesNotStartWith("on");
            }
        }
    }

    @Property(tries = 400)
    void outputHasNoJavascriptUrl(@ForAll("hostileBodies") String body) {
        Document page = Jsoup.parseBodyFragment(Bodies.site("images/a.png").render(body));

        for (Element element : page.select("[href], [src], [action], [formaction], [cite]")) {
            for (String name : new String[] {"href", "src", "action", "formaction", "cite"}) {
                if (element.hasAttr(name)) {
                    assertThat(asBrowserReadsIt(element.attr(name))).as("%s of <%s>", name, element.tagName())
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }

    /** Browsers drop tabs and newlines anywhere in a URL and spaces and controls around it. */
    private static String asBrowserReadsIt(String url) {
        return url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").toLowerCase(Locale.ROOT);
    }

    @Provide
    Arbitrary<String> hostileBodies() {
        Arbitrary<String> fixed = Arbitraries.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<script",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:x\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\">x</a>",
                "<a href=\"java\nscript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "[md](javascript:alert(1))",
                "<javascript:alert(1)>",
                "![i](javascript:alert(1))",
                "<svg onload=alert(1)>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\">",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=x>",
                "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">b</button></form>",
                "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
                "<details open ontoggle=alert(1)><summary>s</summary></details>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<style>@import 'x';</style>",
                "<img src=\"/images/a.png\" style=\"background:url(javascript:alert(1))\">",
                "<p style=\"x:expression(alert(1))\">p</p>",
                "<pre><code class=\"language-html\"><script>alert(1)</script></code></pre>",
                "<pre>x <= 3 <img src=x onerror=alert(1)></pre>",
                "```html\n<script>alert(1)</script>\n```",
                "<h2 onclick=alert(1)>t</h2>",
                "<table><tr><td background=\"javascript:alert(1)\">c</td></tr></table>",
                "<a href=\"/lessons/c/l/\" onclick=alert(1)>in</a>",
                "<a href=\"https://example.com\" onmouseover=alert(1)>out</a>",
                "<!-- <script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<div><p><b><i>",
                "</p></div></b>",
                "<",
                "\"'>",
                "\n\n",
                "> **Exam tip:** ",
                "| a | b |\n|---|---|\n| <script>x</script> | 2 |\n");
        Arbitrary<String> handler = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(name -> "<p on" + name + "=\"alert(1)\" ON" + name.toUpperCase(Locale.ROOT) + "=x>h</p>");
        Arbitrary<String> tagWithHandler = Arbitraries.of("a", "img", "p", "div", "span", "h2", "table", "td", "pre", "code",
                        "details", "video", "body", "input", "marquee")
                .flatMap(tag -> Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6)
                        .map(event -> "<" + tag + " src=x href=\"javascript:x\" on" + event + "=alert(1)>"));
        Arbitrary<String> text = Arbitraries.strings().withChars("abc <>&\"'=/:;#`*_-\n\tjavascript").ofMaxLength(20);
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(6, fixed), Tuple.of(2, handler),
                Tuple.of(2, tagWithHandler), Tuple.of(3, text));
        return fragment.list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts));
    }
}
