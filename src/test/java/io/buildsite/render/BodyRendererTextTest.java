package io.buildsite.render;

import io.buildsite.text.CountedWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a rendered body keeps of its plain text for the search index. */
class BodyRendererTextTest {
    private final Bodies bodies = Bodies.site();

    @Test
    void keepsTheBodysWordsCounted() {
        RenderedBody body = bodies.renderBody("<h2 id=\"a\">Đăng ký</h2><p>đăng KÝ <code>kubectl</code> lại đăng</p>");

        assertThat(body.words()).isEqualTo(CountedWords.of("đăng ký đăng ký kubectl lại đăng"));
    }

    @Test
    void keepsTheTextAsFarAsASnippetReaches() {
        String words = "mot hai ".repeat(RenderedBody.TEXT_KEPT);

        RenderedBody body = bodies.renderBody("<p>" + words + "</p>");

        assertThat(body.textStart().text()).hasSize(RenderedBody.TEXT_KEPT).isEqualTo(words.substring(0, RenderedBody.TEXT_KEPT));
    }

    @Test
    void doesNotCutACharacterBeyondTheBmpInHalf() {
        String text = "a".repeat(RenderedBody.TEXT_KEPT - 1) + "𝐀 b";

        RenderedBody body = bodies.renderBody("<p>" + text + "</p>");

        assertThat(body.textStart().text()).isEqualTo("a".repeat(RenderedBody.TEXT_KEPT - 1));
    }

    @Test
    void keepsAShortTextWhole() {
        assertThat(bodies.renderBody("<p>Một <b>hai</b></p>").textStart().text()).isEqualTo("Một hai");
    }
}
