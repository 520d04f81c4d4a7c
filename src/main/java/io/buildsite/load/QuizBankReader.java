package io.buildsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.LessonLink;
import io.buildsite.model.Question;
import io.buildsite.model.QuizBank;
import io.buildsite.model.QuizDomain;
import io.buildsite.model.QuizListing;
import io.buildsite.model.Source;
import io.buildsite.model.Tag;
import io.buildsite.text.Lines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a quiz bank through Jackson and checks what a learner would trip over. */
final class QuizBankReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String path;
    private final String text;
    private final Diagnostics diagnostics;

    private QuizBankReader(String path, String text, Diagnostics diagnostics) {
        this.path = path;
        this.text = text;
        this.diagnostics = diagnostics;
    }

    static QuizBank read(String path, String text, FileName name, String defaultLanguage, Diagnostics diagnostics) {
        return read(path, text, name, defaultLanguage, null, diagnostics);
    }

    /** @param listed the bank's entry in data/quizzes.json, whose fields stand in for missing ones (may be null) */
    static QuizBank read(String path, String text, FileName name, String defaultLanguage, QuizListing listed,
                         Diagnostics diagnostics) {
        return new QuizBankReader(path, text, diagnostics).read(name, defaultLanguage, listed);
    }

    private QuizBank read(FileName name, String defaultLanguage, QuizListing listed) {
        QuizBankJson json;
        try {
            json = MAPPER.readValue(text, QuizBankJson.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            diagnostics.error(path, line, column, "invalid quiz bank: " + e.getOriginalMessage()
                    .replaceAll("\\s+", " ").replaceAll(" \\(for Object starting at.*", ""));
            return null;
        }
        if (json == null) {
            diagnostics.error(path, 1, 1, "invalid quiz bank: the file holds no JSON object");
            return null;
        }
        String slug = json.slug() != null ? json.slug() : name.stem();
        if (!Slugs.isSafe(slug)) {
            diagnostics.error(path, lineOfKey("slug"), 1, Slugs.problem("quiz slug", slug));
            return null;
        }
        String title = firstOf(json.title(), listed == null ? null : listed.title());
        if (title == null) {
            diagnostics.error(path, lineOfKey("title"), 1, "missing 'title': every quiz bank needs one");
            return null;
        }
        List<QuizDomain> domains = domains(json);
        List<Question> questions = questions(json, domains);
        if (questions.isEmpty()) {
            diagnostics.error(path, lineOfKey("questions"), 1, "quiz bank has no questions");
            return null;
        }
        AnswerLetterCheck.problem(questions).ifPresent(message -> {
            int at = offsetOfKey("questions");
            diagnostics.warning(path, lineAt(at), at - text.lastIndexOf('\n', at - 1), message);
        });
        if (json.questionsCount() != null && json.questionsCount() != questions.size()) {
            diagnostics.warning(path, lineOfKey("questions_count"), 1, "questions_count says "
                    + json.questionsCount() + " but the bank has " + questions.size() + " questions");
        }
        int passing = json.passingScore() == null ? 70 : json.passingScore();
        if (passing < 0 || passing > 100) {
            diagnostics.error(path, lineOfKey("passing_score"), 1, "passing_score must be a percentage from 0 to 100");
        }
        int minutes = json.durationMinutes() == null ? 0 : json.durationMinutes();
        String textLang = json.lang() != null ? json.lang() : TextLanguage.guess(questions, name.lang(), defaultLanguage);
        return new QuizBank(new Source(path, 1, ContentHash.of(text), json.translationOfHash()), name.lang(), textLang, slug, json.id(), title,
                firstOf(json.description(), listed == null ? null : listed.description()), json.provider(),
                json.level(), minutes, passing, json.questionsCount(),
                tags(json),
                firstOf(json.seriesSlug(), listed == null ? null : listed.seriesSlug()), domains, questions);
    }

    /** The bank's tags, each slugged from its name by the slug rule; one that makes no slug is reported. */
    private List<Tag> tags(QuizBankJson json) {
        List<Tag> tags = new ArrayList<>();
        int from = offsetOfKey("tags");
        for (String name : json.tags() == null ? List.<String>of() : json.tags()) {
            if (name == null || name.isBlank()) {
                continue;
            }
            int at = text.indexOf("\"" + name + "\"", from);
            from = Math.max(at, from);
            int line = lineAt(from);
            String slug = Slugs.ofName("tag", name.strip(), null, (l, message) -> diagnostics.error(path, l, 1, message), line);
            if (slug != null) {
                tags.add(new Tag(name.strip(), slug, line));
            }
        }
        return tags;
    }

    private static String firstOf(String own, String fallback) {
        if (own != null && !own.isBlank()) {
            return own;
        }
        return fallback != null && !fallback.isBlank() ? fallback : null;
    }

    private List<QuizDomain> domains(QuizBankJson json) {
        List<QuizDomain> domains = new ArrayList<>();
        if (json.domains() == null) {
            return domains;
        }
        int total = 0;
        for (QuizBankJson.Domain d : json.domains()) {
            if (d == null || d.name() == null) {
                diagnostics.error(path, lineOfKey("domains"), 1, "a domain has no 'name'");
                continue;
            }
            int weight = d.weight() == null ? 0 : d.weight();
            total += weight;
            List<LessonLink> lessons = d.lessons() == null ? List.of() : d.lessons().stream()
                    .filter(l -> l != null && l.slug() != null)
                    .map(l -> new LessonLink(l.title(), l.slug(), lineOfValue(l.slug())))
                    .toList();
            domains.add(new QuizDomain(d.name(), weight, lessons));
        }
        if (!domains.isEmpty() && total != 100) {
            diagnostics.warning(path, lineOfKey("domains"), 1, "domain weights add up to " + total + "%, not 100%");
        }
        return domains;
    }

    private List<Question> questions(QuizBankJson json, List<QuizDomain> domains) {
        List<Question> questions = new ArrayList<>();
        if (json.questions() == null) {
            return questions;
        }
        Set<String> declared = new HashSet<>();
        domains.forEach(d -> declared.add(d.name()));
        Set<String> ids = new HashSet<>();
        int searchFrom = text.indexOf("\"questions\"");
        int index = 0;
        for (QuizBankJson.Question q : json.questions()) {
            index++;
            if (q == null) {
                continue;
            }
            String id = q.id() == null || q.id().isNull() ? String.valueOf(index) : q.id().asText();
            int at = offsetOfId(id, searchFrom);
            int line = lineAt(at);
            searchFrom = at + 1;
            String where = "question " + id;
            boolean ok = true;
            if (!ids.add(id)) {
                diagnostics.error(path, line, 1, "duplicate question id " + id);
                ok = false;
            }
            if (q.question() == null || q.question().isBlank()) {
                diagnostics.error(path, line, 1, where + " has no 'question' text");
                ok = false;
            }
            List<String> options = q.options() == null ? List.of() : q.options();
            if (options.size() < 2) {
                diagnostics.error(path, line, 1, where + " needs at least two options, has " + options.size());
                ok = false;
            } else if (options.stream().anyMatch(Objects::isNull)) {
                diagnostics.error(path, line, 1, where + " has an empty option");
                ok = false;
            }
            if (q.correct() == null || q.correct() < 0 || q.correct() >= Math.max(options.size(), 1)) {
                diagnostics.error(path, line, 1, where + ": 'correct' is " + q.correct()
                        + " but must be an option index from 0 to " + (options.size() - 1));
                ok = false;
            }
            if (!domains.isEmpty() && (q.domain() == null || !declared.contains(q.domain()))) {
                diagnostics.error(path, line, 1, where + ": domain '" + q.domain() + "' is not declared in 'domains'");
                ok = false;
            }
            if (ok) {
                questions.add(new Question(id, q.domain(), q.question(), options, q.correct(),
                        q.explanation() == null ? "" : q.explanation()));
            }
        }
        return questions;
    }

    private int lineOfKey(String key) {
        return lineAt(offsetOfKey(key));
    }

    private int offsetOfKey(String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:").matcher(text);
        return m.find() ? m.start() : 0;
    }

    private int lineOfValue(String value) {
        int at = text.indexOf("\"" + value + "\"");
        return at < 0 ? 1 : lineAt(at);
    }

    /** Where the question with this id is written, searching on from the previous question. */
    private int offsetOfId(String id, int from) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"?" + Pattern.quote(id) + "\"?\\s*[,}\\n]").matcher(text);
        return m.find(Math.max(from, 0)) ? m.start() : Math.max(from, 0);
    }

    private int lineAt(int offset) {
        return Lines.lineAt(text, offset);
    }
}
