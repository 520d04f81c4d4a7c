package io.buildsite.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search documents of quiz questions and coming-soon lessons, through the real build on a tiny site. */
class SearchEntriesTest {
    private static final String COURSE = """
            title: Khóa C
            quiz_slug: q
            sections:
              - title: Phần 1
                lessons:
                  - slug: mot
              - title: Phần 2
                lessons:
                  - slug: chua-viet
                    title: Bài lập lịch chưa viết
                    description: Taints và tolerations""";

    private static final String BANK = """
            {"title": "Đề Q", "slug": "q", "questions": [
              {"question": "Which field pins a pod to labelled nodes?", "options": ["`nodeSelector`", "replicas"],
               "correct": 0, "explanation": "Only nodes whose labels match are chosen."},
              {"question": "%s", "options": ["a", "b"], "correct": 1}
            ]}""".formatted("What does a taint on a node do to pods that do not tolerate it, and why would you "
            + "set one on a control-plane node?");

    @TempDir
    Path dir;

    private TestSite site;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void aCourseWithAComingSoonLessonAndAQuiz() throws Exception {
        site = TestSite.in(dir)
                .course("c", COURSE)
                .lesson("c", "01-mot.md", "title: Bài một\nslug: mot", "Nội dung một.\n")
                .file("data/quizzes/q.json", BANK);
        TestSite.Result result = site.build();
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }

    private List<JsonNode> allDocs() throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        json.readTree(site.read("search/docs.json")).path("docs").forEach(docs::add);
        return docs;
    }

    private List<JsonNode> docs(String kind) throws Exception {
        return allDocs().stream().filter(d -> d.get(2).asText().equals(kind)).toList();
    }

    private static List<String> fields(JsonNode doc) {
        List<String> fields = new ArrayList<>();
        doc.forEach(field -> fields.add(field.asText()));
        return fields;
    }

    private JsonNode textOf(JsonNode doc) throws Exception {
        return json.readTree(site.read("search/x/" + allDocs().indexOf(doc) + ".json"));
    }

    @Test
    void eachQuestionIsADocumentLinkedToItsPlaceInTheQuestionSheet() throws Exception {
        List<JsonNode> questions = docs("question");

        assertThat(questions).hasSize(2);
        assertThat(fields(questions.get(0))).containsExactly("Which field pins a pod to labelled nodes?",
                "luyen-thi/q/#quiz-q-1", "question", "Đề Q", "en");
        assertThat(fields(questions.get(1))).contains("luyen-thi/q/#quiz-q-2");
        assertThat(site.read("luyen-thi/q/index.html")).contains("id=\"quiz-q-1\"", "id=\"quiz-q-2\"");
    }

    @Test
    void aQuestionIsFoundByItsOptionsAndExplanation() throws Exception {
        JsonNode first = docs("question").get(0);

        assertThat(textOf(first).get("b").asText()).isEqualTo("Which field pins a pod to labelled nodes?\n"
                + "nodeSelector\nreplicas\nOnly nodes whose labels match are chosen.");
        assertThat(json.readTree(site.read("search/t/no.json")).has("nodeselector")).isTrue();
        assertThat(json.readTree(site.read("search/t/ch.json")).has("chosen")).isTrue();
    }

    @Test
    void aLongQuestionIsShortenedAtAWordForItsTitle() throws Exception {
        String title = docs("question").get(1).get(0).asText();

        assertThat(title).hasSizeLessThanOrEqualTo(SearchEntries.TITLE_LIMIT)
                .startsWith("What does a taint on a node do").endsWith("…");
        assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ");
        assertThat(textOf(docs("question").get(1)).get("b").asText()).contains("control-plane node?");
    }

    @Test
    void aComingSoonLessonIsADocumentLinkedToItsSectionOfTheOutline() throws Exception {
        List<JsonNode> soon = docs("soon");

        assertThat(soon).hasSize(1);
        assertThat(fields(soon.get(0))).containsExactly("Bài lập lịch chưa viết", "series/cat/c/#sec-1", "soon",
                "Khóa C › Phần 2", "vi");
        assertThat(textOf(soon.get(0)).get("b").asText()).isEqualTo("Taints và tolerations");
        assertThat(site.read("series/cat/c/index.html")).contains("id=\"sec-1\"");
    }
}
