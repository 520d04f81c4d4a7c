package io.buildsite.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The quiz bank file as Jackson reads it (snake_case keys); converted to the model after checks. */
@JsonIgnoreProperties(ignoreUnknown = true)
record QuizBankJson(
        String id,
        String title,
        String slug,
        String description,
        String provider,
        String level,
        String lang,
        Integer durationMinutes,
        Integer passingScore,
        Integer questionsCount,
        List<String> tags,
        String seriesSlug,
        String translationOfHash,
        List<Domain> domains,
        List<Question> questions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Domain(String name, Integer weight, List<LessonRef> lessons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LessonRef(String title, String slug) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(JsonNode id, String domain, String question, List<String> options, Integer correct,
                    String explanation) {
    }
}
