package io.buildsite.model;

import java.util.List;

/** A multiple-choice question; {@code correct} is the 0-based index of the right option. */
public record Question(String id, String domain, String question, List<String> options, int correct,
                       String explanation) {
    public Question {
        options = List.copyOf(options);
    }
}
