package io.buildsite.build;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Which edits an open page can take by swapping its {@code <main>}. */
class PageFrameTest {
    private static byte[] page(String title, String main, String footer) {
        return ("<html><head><title>" + title + "</title></head><body><header>h</header><main id=\"main\" class=\"m\">"
                + main + "</main><footer>" + footer + "</footer><script src=\"a.js\"></script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChangeInsideMainOnly() {
        assertThat(PageFrame.onlyMainDiffers(page("T", "<p>old</p>", "f"), page("T", "<p>new, longer</p>", "f"))).isTrue();
    }

    @Test
    void notAChangedTitle() {
        assertThat(PageFrame.onlyMainDiffers(page("T", "<p>x</p>", "f"), page("T2", "<p>x</p>", "f"))).isFalse();
    }

    @Test
    void notAChangedFooter() {
        assertThat(PageFrame.onlyMainDiffers(page("T", "<p>x</p>", "f"), page("T", "<p>y</p>", "g"))).isFalse();
    }

    @Test
    void notAPageWithoutMainOrAPageThatWasNotThere() {
        byte[] plain = "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageFrame.onlyMainDiffers(plain, plain)).isFalse();
        assertThat(PageFrame.onlyMainDiffers(null, page("T", "", "f"))).isFalse();
    }
}
