package io.buildsite.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A packed text gives back exactly the text it was made from, and compares as that text does. */
class PackedTextProperties {
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("a", "Đăng ký", " ", "\n", "\t", "<p>", "🚀", "𝐀", "\u00A0", "\u2003",
                "ß", "\uFFFD", "x".repeat(70_000), "ống ".repeat(5_000));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void unpackingGivesTheTextBack(@ForAll("texts") String text) {
        PackedText packed = PackedText.of(text);

        assertThat(packed.text()).isEqualTo(text);
        assertThat(packed.toString()).isEqualTo(text);
        assertThat(packed.isBlank()).isEqualTo(text.isBlank());
    }

    @Property(tries = 300)
    void packedTextsAreEqualExactlyWhenTheirTextsAre(@ForAll("texts") String one, @ForAll("texts") String other) {
        assertThat(PackedText.of(one).equals(PackedText.of(other))).isEqualTo(one.equals(other));
        assertThat(PackedText.of(one)).isEqualTo(PackedText.of(one)).hasSameHashCodeAs(PackedText.of(one));
    }

    @Property(tries = 300)
    void whatWasPackedBeforeDoesNotShowInAPacking(@ForAll("texts") String text, @ForAll("texts") String before) {
        PackedText alone = PackedText.of(text);
        PackedText.of(before + before + "tail");

        assertThat(PackedText.of(text)).isEqualTo(alone);
    }

    @Property(tries = 200)
    void packingFromTheMiddleOfUtf8BytesKeepsOnlyWhatFollows(@ForAll("texts") String head, @ForAll("texts") String tail) {
        byte[] head8 = head.getBytes(StandardCharsets.UTF_8);
        byte[] tail8 = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head8.length + tail8.length];
        System.arraycopy(head8, 0, all, 0, head8.length);
        System.arraycopy(tail8, 0, all, head8.length, tail8.length);

        PackedText packed = PackedText.ofUtf8(all, head8.length, tail.isBlank());

        assertThat(packed.text()).isEqualTo(tail);
        assertThat(packed).isEqualTo(PackedText.of(tail));
    }

    @Test
    void theEmptyTextIsBlankAndUnpacksToNothing() {
        assertThat(PackedText.EMPTY.text()).isEmpty();
        assertThat(PackedText.EMPTY.isBlank()).isTrue();
        assertThat(PackedText.of("")).isEqualTo(PackedText.EMPTY);
    }

    @Test
    void aLongRepetitiveTextTakesAFractionOfItsSize() {
        String page = "<p class=\"x\">Nội dung bài học về Kubernetes và các thành phần của cụm.</p>\n".repeat(800);

        PackedText packed = PackedText.of(page);

        assertThat(packed.text()).isEqualTo(page);
        assertThat(packed.packedSize()).isLessThan(page.getBytes(StandardCharsets.UTF_8).length / 10);
    }
}
