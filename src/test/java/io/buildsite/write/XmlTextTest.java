package io.buildsite.write;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void escapesMarkupCharactersAndQuotes() {
        assertThat(XmlText.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    }

    @Test
    void dropsControlCharactersXmlCannotHold() {
        assertThat(XmlText.escape("a\u0000b\u0007c\u001Fd")).isEqualTo("abcd");
    }

    @Test
    void keepsTabsNewlinesAndVietnamese() {
        assertThat(XmlText.escape("Bài 1\n\tĐăng ký")).isEqualTo("Bài 1\n\tĐăng ký");
    }

    @Test
    void nullIsEmpty() {
        assertThat(XmlText.escape(null)).isEmpty();
    }
}
