package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.QuizBank;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SiteSource;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** data/quizzes.json: an optional list that orders the quiz banks and fills what they leave out. */
class QuizListTest {
    private static final String QUESTION = "{\"id\": 1, \"question\": \"Q?\", \"options\": [\"a\", \"b\"], \"correct\": 0}";

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteSource load() throws Exception {
        TestSite.in(dir).file("content/.keep", "");
        return new SourceLoader(dir, diagnostics).load(null);
    }

    private List<String> reported() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void listedDescriptionAndCourseFillInWhatTheBankLeavesOut() throws Exception {
        TestSite.in(dir)
                .file("data/quizzes/a.json", "{\"title\": \"A\", \"questions\": [" + QUESTION + "]}")
                .file("data/quizzes.json", "[{\"slug\": \"a\", \"description\": \"About A\", \"series_slug\": \"course-a\"}]");

        QuizBank bank = load().quizzes().get(0);

        assertThat(bank.description()).isEqualTo("About A");
        assertThat(bank.seriesSlug()).isEqualTo("course-a");
        assertThat(reported()).isEmpty();
    }

    @Test
    void theBanksOwnFieldsWinOverTheList() throws Exception {
        TestSite.in(dir)
                .file("data/quizzes/a.json", "{\"title\": \"A\", \"description\": \"Own\", \"questions\": [" + QUESTION + "]}")
                .file("data/quizzes.json", "[{\"slug\": \"a\", \"title\": \"Listed\", \"description\": \"Listed\"}]");

        QuizBank bank = load().quizzes().get(0);

        assertThat(bank.title()).isEqualTo("A");
        assertThat(bank.description()).isEqualTo("Own");
    }

    @Test
    void keepsTheListsOrder() throws Exception {
        TestSite.in(dir)
                .file("data/quizzes/a.json", "{\"title\": \"A\", \"questions\": [" + QUESTION + "]}")
                .file("data/quizzes/b.json", "{\"title\": \"B\", \"questions\": [" + QUESTION + "]}")
                .file("data/quizzes.json", "[{\"slug\": \"b\"}, {\"slug\": \"a\"}]");

        assertThat(load().quizListing()).extracting(QuizListing::slug).containsExactly("b", "a");
    }

    @Test
    void anEntryNamingNoBankIsAWarning() throws Exception {
        TestSite.in(dir).file("data/quizzes.json", "[{\"slug\": \"ghost\"}]");

        load();

        assertThat(reported()).containsExactly(
                "data/quizzes.json:1:1: warning: lists quiz 'ghost' but data/quizzes/ has no such bank");
    }

    @Test
    void aListThatIsNotAnArrayIsAnErrorWithItsPosition() throws Exception {
        TestSite.in(dir).file("data/quizzes.json", "{\"slug\": \"a\"}");

        load();

        assertThat(reported()).singleElement().asString()
                .startsWith("data/quizzes.json:1:1: error: invalid quiz list (expected a JSON array");
    }
}
