package io.buildsite.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static io.buildsite.browser.QuizTestSupport.QUIZ;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam clock stops while the quiz page is closed and runs while it is open, and the intro says
 * so in the page's language.
 */
class QuizExamClockBrowserTest extends QuizBrowserSession {
    private String url(String lang) {
        return site.url((lang.equals("vi") ? "" : lang + "/") + "luyen-thi/" + QUIZ + "/");
    }

    private int secondsLeft() {
        String[] parts = page.button("quiz-clock").getText().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    @Test
    void theIntroSaysTheClockStopsWhileThePageIsClosedInBothLanguages() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            Map<String, String> t = QuizTestSupport.dictionary(lang);
            assertThat(page.open(url(lang)).findElement(By.cssSelector("[data-testid=quiz-clock-note]")).getText())
                    .isEqualTo(t.get("quiz_clock_paused"));
        }
    }

    @Test
    void hoursAwayFromTheClosedPageTakeNoTimeFromTheExam() {
        page.open(url("vi"));
        page.start("exam", false, 5);
        int before = secondsLeft();

        // Longer than the whole exam: had the clock run while the page was closed, the time would be up.
        int afterThreeHours = page.openLater(url("vi"), Duration.ofHours(3), () -> {
            page.intro().findElement(By.cssSelector("[data-testid=quiz-resume]")).click();
            page.question(0);
            return secondsLeft();
        });
        assertThat(afterThreeHours).as("time left after three hours away").isBetween(before - 3, before);

        // While the page is open, the clock runs.
        page.advanceClock(Duration.ofMinutes(1));
        page.wait.until(d -> secondsLeft() <= before - 60);
        assertThat(secondsLeft()).isBetween(before - 64, before - 60);
    }
}
