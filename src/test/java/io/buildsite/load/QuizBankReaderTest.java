package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.QuizBank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuizBankReaderTest {
    private static final String PATH = "data/quizzes/git.json";

    private final Diagnostics diagnostics = new Diagnostics();

    private QuizBank read(String json) {
        return read(json, new FileName("git", "vi", "json"));
    }

    private QuizBank read(String json, FileName name) {
        return QuizBankReader.read(PATH, json, name, "vi", diagnostics);
    }

    private List<String> reported() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static String bank(String questions) {
        return "{\n\"title\": \"Git\",\n\"questions\": [\n" + questions + "\n]}";
    }

    private static String question(Object id, String text, String options, int correct) {
        return "{\"id\": " + id + ", \"question\": \"" + text + "\", \"options\": " + options
                + ", \"correct\": " + correct + "}";
    }

    @Test
    void readsAValidBank() {
        QuizBank bank = read(bank(question(1, "What does git add do?", "[\"stages\", \"commits\"]", 0)));

        assertThat(reported()).isEmpty();
        assertThat(bank.slug()).isEqualTo("git");
        assertThat(bank.title()).isEqualTo("Git");
        assertThat(bank.passingScore()).isEqualTo(70);
        assertThat(bank.questions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("1");
            assertThat(q.options()).containsExactly("stages", "commits");
            assertThat(q.correct()).isZero();
        });
    }

    @Test
    void invalidJsonIsAnErrorAtItsLineAndColumn() {
        QuizBank bank = read("{\n  \"title\": \"T\"\n  \"slug\": \"s\"\n}");

        assertThat(bank).isNull();
        assertThat(reported()).singleElement().asString()
                .startsWith(PATH + ":3:3: error: invalid quiz bank: Unexpected character");
    }

    @Test
    void trailingGarbageAfterTheObjectIsAnError() {
        QuizBank bank = read(bank(question(1, "Q?", "[\"a\", \"b\"]", 0)) + "\nx");

        assertThat(bank).isNull();
        assertThat(reported()).singleElement().asString().startsWith(PATH + ":6:").contains("error: invalid quiz bank");
    }

    @Test
    void optionsGivenAsAStringIsAnErrorAtItsLine() {
        QuizBank bank = read(bank("{\"id\": 1, \"question\": \"Q?\", \"options\": \"a, b\", \"correct\": 0}"));

        assertThat(bank).isNull();
        assertThat(reported()).singleElement().asString().startsWith(PATH + ":4:").contains("error: invalid quiz bank");
    }

    @Test
    void fileThatIsJsonNullIsAnError() {
        assertThat(read("null")).isNull();
        assertThat(reported()).containsExactly(PATH + ":1:1: error: invalid quiz bank: the file holds no JSON object");
    }

    @Test
    void correctOutOfRangeIsAnErrorAtTheQuestionsLine() {
        read(bank(question(1, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question(2, "Q2?", "[\"a\", \"b\"]", 2)));

        assertThat(reported()).containsExactly(
                PATH + ":5:1: error: question 2: 'correct' is 2 but must be an option index from 0 to 1");
    }

    @Test
    void negativeCorrectIsAnError() {
        read(bank(question(1, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question(2, "Q2?", "[\"a\", \"b\"]", -1)));

        assertThat(reported()).singleElement().asString().contains("question 2: 'correct' is -1");
    }

    @Test
    void questionWithFewerThanTwoOptionsIsAnError() {
        read(bank(question(1, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question(2, "Q2?", "[\"only\"]", 0)));

        assertThat(reported()).containsExactly(PATH + ":5:1: error: question 2 needs at least two options, has 1");
    }

    @Test
    void invalidQuestionIsLeftOutAndTheOthersKept() {
        QuizBank bank = read(bank(question(1, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question(2, "Q2?", "[\"only\"]", 0)));

        assertThat(bank.questions()).extracting(q -> q.id()).containsExactly("1");
    }

    @Test
    void bankWithNoValidQuestionIsAnError() {
        QuizBank bank = read(bank(question(1, "Q1?", "[\"only\"]", 0)));

        assertThat(bank).isNull();
        assertThat(reported()).contains(PATH + ":3:1: error: quiz bank has no questions");
    }

    @Test
    void duplicateQuestionIdIsAnError() {
        read(bank(question(1, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question(1, "Q2?", "[\"a\", \"b\"]", 1)));

        assertThat(reported()).singleElement().asString().endsWith("error: duplicate question id 1");
    }

    @Test
    void duplicateQuestionIdIsReportedAtTheDuplicatesLine() {
        read(bank(question(1, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question(1, "Q2?", "[\"a\", \"b\"]", 1)));

        assertThat(reported()).containsExactly(PATH + ":5:1: error: duplicate question id 1");
    }

    @Test
    void numericAndTextIdsThatReadTheSameAreDuplicates() {
        read(bank(question(7, "Q1?", "[\"a\", \"b\"]", 0) + ",\n" + question("\"7\"", "Q2?", "[\"a\", \"b\"]", 1)));

        assertThat(reported()).singleElement().asString().endsWith("error: duplicate question id 7");
    }

    @Test
    void questionInAnUndeclaredDomainIsAnError() {
        read("""
                {
                "title": "Git",
                "domains": [{"name": "Basics", "weight": 100}],
                "questions": [
                {"id": 1, "domain": "Basics", "question": "Q1?", "options": ["a", "b"], "correct": 0},
                {"id": 2, "domain": "Remotes", "question": "Q2?", "options": ["a", "b"], "correct": 0}
                ]}""");

        assertThat(reported()).containsExactly(
                PATH + ":6:1: error: question 2: domain 'Remotes' is not declared in 'domains'");
    }

    @Test
    void domainWeightsNotAddingUpToAHundredIsAWarning() {
        QuizBank bank = read("""
                {
                "title": "Git",
                "domains": [{"name": "A", "weight": 60}, {"name": "B", "weight": 30}],
                "questions": [
                {"id": 1, "domain": "A", "question": "Q1?", "options": ["a", "b"], "correct": 0}
                ]}""");

        assertThat(bank).isNotNull();
        assertThat(reported()).containsExactly(PATH + ":3:1: warning: domain weights add up to 90%, not 100%");
    }

    @Test
    void questionsCountThatDisagreesIsAWarning() {
        QuizBank bank = read("""
                {
                "title": "Git",
                "questions_count": 5,
                "questions": [
                {"id": 1, "question": "Q1?", "options": ["a", "b"], "correct": 0}
                ]}""");

        assertThat(bank).isNotNull();
        assertThat(reported()).containsExactly(
                PATH + ":3:1: warning: questions_count says 5 but the bank has 1 questions");
    }

    @Test
    void passingScoreOutsideZeroToHundredIsAnError() {
        read("""
                {
                "title": "Git",
                "passing_score": 120,
                "questions": [{"id": 1, "question": "Q1?", "options": ["a", "b"], "correct": 0}]
                }""");

        assertThat(reported()).containsExactly(
                PATH + ":3:1: error: passing_score must be a percentage from 0 to 100");
    }

    @Test
    void missingTitleIsAnError() {
        QuizBank bank = read("{\"questions\": [{\"id\": 1, \"question\": \"Q?\", \"options\": [\"a\", \"b\"], \"correct\": 0}]}");

        assertThat(bank).isNull();
        assertThat(reported()).containsExactly(PATH + ":1:1: error: missing 'title': every quiz bank needs one");
    }

    @Test
    void unsafeSlugIsAnError() {
        QuizBank bank = read("{\n\"title\": \"T\",\n\"slug\": \"../x\",\n"
                + "\"questions\": [{\"id\": 1, \"question\": \"Q?\", \"options\": [\"a\", \"b\"], \"correct\": 0}]}");

        assertThat(bank).isNull();
        assertThat(reported()).singleElement().asString().startsWith(PATH + ":3:1: error: quiz slug '../x'");
    }

    @Test
    void bankWithoutLangWrittenInEnglishIsEnglish() {
        QuizBank bank = read(bank(question(1, "Which command stages a change?", "[\"git add\", \"git push\"]", 0)));

        assertThat(bank.lang()).isEqualTo("vi");
        assertThat(bank.textLang()).isEqualTo("en");
    }

    @Test
    void bankWithoutLangWrittenInVietnameseIsVietnamese() {
        QuizBank bank = read(bank(question(1, "Lệnh nào đưa thay đổi vào vùng chờ?", "[\"git add\", \"git push\"]", 0)));

        assertThat(bank.textLang()).isEqualTo("vi");
    }

    @Test
    void declaredLangWinsOverTheText() {
        QuizBank bank = read("{\"title\": \"Git\", \"lang\": \"en\", \"questions\": [" +
                question(1, "Lệnh nào đưa thay đổi vào vùng chờ?", "[\"git add\", \"git push\"]", 0) + "]}");

        assertThat(bank.textLang()).isEqualTo("en");
    }

    @Test
    void translationFileIsInItsOwnLanguageWithoutGuessing() {
        QuizBank bank = read(bank(question(1, "Lệnh nào đưa thay đổi vào vùng chờ?", "[\"git add\", \"git push\"]", 0)),
                new FileName("git", "en", "json"));

        assertThat(bank.lang()).isEqualTo("en");
        assertThat(bank.textLang()).isEqualTo("en");
    }

    @Test
    void slugDefaultsToTheFileStem() {
        QuizBank bank = read(bank(question(1, "Q?", "[\"a\", \"b\"]", 0)), new FileName("git-github", "vi", "json"));

        assertThat(bank.slug()).isEqualTo("git-github");
    }

    @Test
    void unknownFieldsAreIgnored() {
        QuizBank bank = read("{\"title\": \"Git\", \"icon\": \"git.svg\", \"questions\": ["
                + question(1, "Q?", "[\"a\", \"b\"]", 0) + "]}");

        assertThat(bank).isNotNull();
        assertThat(reported()).isEmpty();
    }

    /** {@code count} questions whose right answers are the given option indexes, in turn. */
    private static String bankAnswering(int count, int... rights) {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < count; i++) {
            questions.append(i == 0 ? "" : ",\n").append(question(i + 1, "Q" + (i + 1), "[\"a\", \"b\", \"c\", \"d\"]", rights[i % rights.length]));
        }
        return bank(questions.toString());
    }

    @Test
    void oneLetterHoldingMoreThanFortyPercentOfTheAnswersIsAWarningAtTheQuestions() {
        read(bankAnswering(10, 1, 1, 1, 0, 2));

        assertThat(reported()).singleElement().asString()
                .startsWith(PATH + ":3:1: warning: the right answer is B in 6 of 10 questions (60%, more than 40%)")
                .contains("shuffles options by default");
    }

    @Test
    void halfTheAnswersUnderOneLetterIsReportedWithItsShare() {
        read(bankAnswering(8, 2, 0));

        assertThat(reported()).singleElement().asString()
                .startsWith(PATH + ":3:1: warning: the right answer is A in 4 of 8 questions (50%, more than 40%)");
    }

    @Test
    void fortyPercentUnderOneLetterIsStillFair() {
        read(bankAnswering(10, 1, 1, 0, 2, 3));

        assertThat(reported()).isEmpty();
    }

    @Test
    void aBankOfFewerThanEightQuestionsIsNotJudgedByItsLetters() {
        read(bankAnswering(7, 1));

        assertThat(reported()).isEmpty();
    }
}
