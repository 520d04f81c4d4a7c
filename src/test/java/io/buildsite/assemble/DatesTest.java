package io.buildsite.assemble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    private static final String STAMP = "2026-04-13T14:00:00.000000Z";

    @Test
    void vietnameseDate() {
        assertThat(Dates.display(STAMP, "vi")).isEqualTo("13 tháng 4, 2026");
    }

    @Test
    void englishDate() {
        assertThat(Dates.display(STAMP, "en")).isEqualTo("April 13, 2026");
    }

    @Test
    void plainDateIsReadToo() {
        assertThat(Dates.display("2026-01-05", "en")).isEqualTo("January 5, 2026");
    }

    @Test
    void textThatIsNotADateShowsNothing() {
        assertThat(Dates.display("soon", "vi")).isNull();
        assertThat(Dates.display(null, "vi")).isNull();
    }

    @Test
    void isoIsTheCalendarDate() {
        assertThat(Dates.iso(STAMP)).isEqualTo("2026-04-13");
    }

    @Test
    void impossibleDateIsNotADate() {
        assertThat(Dates.iso("2026-02-30T00:00:00Z")).isNull();
    }
}
