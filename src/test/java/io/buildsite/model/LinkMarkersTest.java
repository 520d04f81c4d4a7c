package io.buildsite.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkMarkersTest {
    @Test
    void markersInAPagesBytesBecomeItsWayBackToEachRoot() {
        byte[] page = ("<a href=\"" + LinkMarkers.LANGUAGE_ROOT + "lessons/a/\">Đi</a><img src=\""
                + LinkMarkers.SITE_ROOT + "img/x.png\">").getBytes(StandardCharsets.UTF_8);

        assertThat(new String(LinkMarkers.resolve(page, "../../", "../../../"), StandardCharsets.UTF_8))
                .isEqualTo("<a href=\"../../lessons/a/\">Đi</a><img src=\"../../../img/x.png\">");
    }

    @Test
    void aLabelMarkerBecomesThePagesWordsForIt() {
        byte[] page = ("<p>" + PageLabel.NOTE.marker() + "</p><a aria-label=\"" + PageLabel.FOOTNOTE_BACK.marker() + "\">")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new String(LinkMarkers.resolve(page, "../", "../", Map.of("alert_note", "Ghi chú",
                "footnote_back", "Back to \"the\" <text>")), StandardCharsets.UTF_8))
                .isEqualTo("<p>Ghi chú</p><a aria-label=\"Back to &quot;the&quot; &lt;text&gt;\">");
    }

    @Test
    void aLabelTheDictionaryLacksShowsItsKey() {
        byte[] page = PageLabel.CAUTION.marker().getBytes(StandardCharsets.UTF_8);

        assertThat(new String(LinkMarkers.resolve(page, "../", "../", Map.of()), StandardCharsets.UTF_8))
                .isEqualTo("alert_caution");
    }

    @Property(tries = 300)
    void bytesResolveAsReplacingEachMarkerInTheTextDoes(@ForAll("pages") String page) {
        byte[] resolved = LinkMarkers.resolve(page.getBytes(StandardCharsets.UTF_8), "../", "../../");

        assertThat(new String(resolved, StandardCharsets.UTF_8))
                .isEqualTo(page.replace(LinkMarkers.LANGUAGE_ROOT, "../").replace(LinkMarkers.SITE_ROOT, "../../")
                        .replace(PageLabel.TIP.marker(), "alert_tip"));
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of("\u0000", "L", "S", "T", "/", "ắ", "a", LinkMarkers.LANGUAGE_ROOT, LinkMarkers.SITE_ROOT,
                        PageLabel.TIP.marker())
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
