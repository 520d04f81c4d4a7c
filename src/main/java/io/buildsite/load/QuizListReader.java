package io.buildsite.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.QuizListing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code data/quizzes.json}, an optional list of quiz banks: it orders the quiz list and
 * supplies a description or course a bank does not give itself.
 */
final class QuizListReader {
    static final String PATH = "data/quizzes.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String slug, String title, String description, String seriesSlug) {
    }

    private QuizListReader() {
    }

    static List<QuizListing> read(String text, Diagnostics diagnostics) {
        List<QuizListing> listings = new ArrayList<>();
        try {
            for (Entry entry : MAPPER.readValue(text, Entry[].class)) {
                if (entry == null || entry.slug() == null) {
                    diagnostics.error(PATH, 1, 1, "each entry needs a 'slug' naming a bank in data/quizzes/");
                    continue;
                }
                listings.add(new QuizListing(entry.slug(), entry.title(), entry.description(), entry.seriesSlug()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.error(PATH, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "invalid quiz list (expected a JSON array of {slug, title, description, series_slug}): "
                            + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        return listings;
    }


}
