package io.buildsite.load;

import io.buildsite.model.Question;

import java.util.List;
import java.util.Optional;

/**
 * A bank whose right answers mostly sit under one letter can be passed by guessing that letter, in the
 * static sheet and in any attempt with shuffling turned off. Small banks are left alone: a few
 * questions cannot spread over four letters.
 */
final class AnswerLetterCheck {
    static final int MIN_QUESTIONS = 8;
    static final int MAX_SHARE_PERCENT = 40;

    private AnswerLetterCheck() {
    }

    /** The warning for {@code questions}, or empty when no letter holds more than its share. */
    static Optional<String> problem(List<Question> questions) {
        if (questions.size() < MIN_QUESTIONS) {
            return Optional.empty();
        }
        int[] byLetter = new int[26];
        for (Question q : questions) {
            if (q.correct() < byLetter.length) {
                byLetter[q.correct()]++;
            }
        }
        int top = 0;
        for (int letter = 1; letter < byLetter.length; letter++) {
            if (byLetter[letter] > byLetter[top]) {
                top = letter;
            }
        }
        int count = byLetter[top];
        if (count * 100 <= MAX_SHARE_PERCENT * questions.size()) {
            return Optional.empty();
        }
        return Optional.of("the right answer is " + (char) ('A' + top) + " in " + count + " of " + questions.size()
                + " questions (" + count * 100 / questions.size() + "%, more than " + MAX_SHARE_PERCENT
                + "%): the quiz page shuffles options by default, but the static sheet and unshuffled attempts"
                + " keep this order; spread the right answers over the letters");
    }
}
