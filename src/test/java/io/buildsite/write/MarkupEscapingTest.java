package io.buildsite.write;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupEscapingTest {
    private final MarkupEscaping escaping = new MarkupEscaping();

    @Test
    void theFiveMarkupCharactersBecomeReferences() {
        assertThat(escaping.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void everythingElseIsLeftAsItIs() {
        assertThat(escaping.escape("Đăng ký\u00a0\t\n😀 &amp")).isEqualTo("Đăng ký\u00a0\t\n😀 &amp;amp");
    }

    @Property(tries = 300)
    void escapesAsPebblesOwnStrategyDoes(@ForAll @StringLength(max = 80) @Chars({'<', '>', '&', '"', '\'', ';', '#'})
            @CharRange(from = ' ', to = '~') @CharRange(from = '\u00a0', to = '\u1ef9') String text) {
        assertThat(escaping.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }
}
