package io.buildsite.assemble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InlineCodeTest {

    @Test
    void backticksBecomeCode() {
        assertThat(InlineCode.toHtml("Run `git add` first")).isEqualTo("Run <code>git add</code> first");
    }

    @Test
    void textIsHtmlEscaped() {
        assertThat(InlineCode.toHtml("a <b> & c")).isEqualTo("a &lt;b&gt; &amp; c");
    }

    @Test
    void codeIsHtmlEscaped() {
        assertThat(InlineCode.toHtml("`List<String>`")).isEqualTo("<code>List&lt;String&gt;</code>");
    }

    @Test
    void loneBacktickIsKept() {
        assertThat(InlineCode.toHtml("a ` b")).isEqualTo("a ` b");
    }

    @Test
    void unpairedLastBacktickIsKept() {
        assertThat(InlineCode.toHtml("`a` and `b")).isEqualTo("<code>a</code> and `b");
    }

    @Test
    void severalSpansInOneText() {
        assertThat(InlineCode.toHtml("`git fetch` then `git merge`"))
                .isEqualTo("<code>git fetch</code> then <code>git merge</code>");
    }

    @Test
    void vietnameseTextIsNotEscaped() {
        assertThat(InlineCode.toHtml("Dùng `git commit`")).isEqualTo("Dùng <code>git commit</code>");
    }

    @Test
    void nullIsEmpty() {
        assertThat(InlineCode.toHtml(null)).isEmpty();
    }
}
