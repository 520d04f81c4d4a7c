package io.buildsite.write;

import io.buildsite.model.PackedText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PageBytesTest {
    private static String written(PageBytes page) {
        return new String(page.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aPackedBodyGoesInAsTheTextItHolds() {
        PageBytes page = new PageBytes(8);
        page.write("<main>");
        page.write(PackedText.of("<p>Đăng ký 😀</p>"));
        page.write("</main>");

        assertThat(written(page)).isEqualTo("<main><p>Đăng ký 😀</p></main>");
    }

    @Test
    void aTemplatePrintsAPackedBodyMarkedRawWithoutUnpackingItToAString() throws Exception {
        io.pebbletemplates.pebble.PebbleEngine engine = new Theme(null).engine();
        io.pebbletemplates.pebble.template.PebbleTemplate template = engine.getLiteralTemplate(
                "<main>{{ body | raw }}</main>{{ body }}");
        java.util.List<Object> printed = new java.util.ArrayList<>();
        PageBytes page = new PageBytes(8) {
            @Override
            public void write(Object value) {
                printed.add(value);
                super.write(value);
            }
        };
        template.evaluate(page, java.util.Map.of("body", PackedText.of("<p>Đ & ă</p>")));

        assertThat(engine.getExtensionRegistry().getFilter("raw")).isInstanceOf(PackedRawFilter.class);
        assertThat(printed).first().isInstanceOf(PackedRawFilter.PackedSafeText.class);
        assertThat(written(page)).isEqualTo("<main><p>Đ & ă</p></main>&lt;p&gt;Đ &amp; ă&lt;/p&gt;");
    }

    @Test
    void printedValuesReadAsPebblesOwnWriterPrintsThem() {
        PageBytes page = new PageBytes(8);
        page.write((Object) 35);
        page.write((Object) " ");
        page.write((Object) 2.5);
        page.write((Object) " ");
        page.write((Object) new BigDecimal("1E+3"));
        page.write((Object) " ");
        page.write((Object) 'x');

        assertThat(written(page)).isEqualTo("35 2.5 1000 x");
    }

    @Property(tries = 200)
    void aTextWrittenInPiecesIsTheTextWrittenWhole(@ForAll("texts") String text, @ForAll @IntRange(max = 40) int cut) {
        int at = Math.min(cut, text.length());
        PageBytes page = new PageBytes(4);
        page.write(text.substring(0, at));
        page.write(text.toCharArray(), at, text.length() - at);

        assertThat(page.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.of("a", "ă", "😀", "\ud83d", "\ude00", "<", "\u0000").list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }
}
