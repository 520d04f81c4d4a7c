package io.buildsite.write;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts and durations in the page's language, from the real dictionaries. */
class CountFilterTest {
    private final PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader())
            .extension(new FormatExtension()).build();

    private String render(String lang, Object n, String key) throws IOException {
        Theme theme = new Theme(null);
        StringWriter out = new StringWriter();
        engine.getTemplate("{{ n | count('" + key + "') }}")
                .evaluate(out, Map.of("lang", lang, "t", Dictionary.load(theme, lang), "n", n));
        return out.toString();
    }

    @Test
    void minutesInVietnamese() throws IOException {
        assertThat(render("vi", 90, "duration_minutes")).isEqualTo("90 phút");
    }

    @Test
    void minutesInEnglish() throws IOException {
        assertThat(render("en", 90, "duration_minutes")).isEqualTo("90 min");
    }

    @Test
    void oneLessonIsSingularInEnglish() throws IOException {
        assertThat(render("en", 1, "count_lessons")).isEqualTo("1 lesson");
    }

    @Test
    void twoLessonsArePluralInEnglish() throws IOException {
        assertThat(render("en", 2, "count_lessons")).isEqualTo("2 lessons");
    }

    @Test
    void vietnameseHasOneFormForEveryCount() throws IOException {
        assertThat(render("vi", 1, "count_lessons")).isEqualTo("1 bài học");
        assertThat(render("vi", 12, "count_lessons")).isEqualTo("12 bài học");
    }

    @Test
    void thousandsFollowTheLanguage() throws IOException {
        assertThat(render("vi", 1500, "count_questions")).isEqualTo("1.500 câu hỏi");
        assertThat(render("en", 1500, "count_questions")).isEqualTo("1,500 questions");
    }

    @Test
    void fractionalHoursUseTheLanguagesDecimalMark() throws IOException {
        assertThat(render("vi", "2.5", "duration_hours")).isEqualTo("2,5 giờ");
        assertThat(render("en", "2.5", "duration_hours")).isEqualTo("2.5 hours");
    }

    @Test
    void oneHourIsSingularInEnglish() throws IOException {
        assertThat(render("en", "1", "duration_hours")).isEqualTo("1 hour");
    }

    @Test
    void nothingIsPrintedForAMissingValue() throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate("[{{ missing | count('count_lessons') }}]").evaluate(out, Map.of("lang", "en", "t", Map.of()));
        assertThat(out.toString()).isEqualTo("[]");
    }
}
