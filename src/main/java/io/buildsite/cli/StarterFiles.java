package io.buildsite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.model.Course;
import io.buildsite.model.Section;
import io.buildsite.model.SectionLesson;
import io.buildsite.text.Slugify;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the files {@code new} writes, in Vietnamese or English: each is valid and builds without a
 * warning, with placeholders that tell the author what to write.
 */
final class StarterFiles {
    private static final Resolver YAML_TYPES = new Resolver();

    private final boolean english;

    StarterFiles(boolean english) {
        this.english = english;
    }

    private String say(String vi, String en) {
        return english ? en : vi;
    }

    String firstSectionTitle() {
        return say("Phần 1: Bắt đầu", "Part 1: Getting started");
    }

    String firstLessonTitle() {
        return say("Bài 1: Giới thiệu", "Lesson 1: Introduction");
    }

    String firstLessonSlug() {
        return "bai-1-" + Slugify.slug(say("giới thiệu", "introduction"));
    }

    /** A course's {@code index.md}, with one section that lists its first lesson. */
    String courseIndex(String title, String slug, String category) {
        return "---\n"
                + "id: " + scalar(slug) + "\n"
                + "title: " + quote(title) + "\n"
                + "slug: " + scalar(slug) + "\n"
                + "description: >-\n  " + say("Mô tả ngắn: khóa học này giúp người học đạt được gì.",
                "A short description: what this course helps learners achieve.") + "\n"
                + "level: beginner\n"
                + "duration_hours: 1\n"
                + "category:\n  name: " + quote(Character.toUpperCase(category.charAt(0)) + category.substring(1).replace('-', ' '))
                + "\n  slug: " + scalar(category) + "\n"
                + "tags: []\n"
                + "sections:\n"
                + "  - id: " + scalar(slug + "-section-01") + "\n"
                + "    title: " + quote(firstSectionTitle()) + "\n"
                + "    lessons:\n"
                + "      - slug: " + scalar(firstLessonSlug()) + "\n"
                + "        title: " + quote(firstLessonTitle()) + "\n"
                + "        duration_minutes: 15\n"
                + "---\n\n"
                + "## " + say("Giới thiệu", "About this course") + "\n\n"
                + say("Viết ở đây: khóa học dành cho ai, cần biết gì trước, và học xong làm được gì.",
                "Write here: who the course is for, what to know first, and what learners can do afterwards.") + "\n";
    }

    /** @param sectionTitle the section the lesson is listed under, or null for none */
    String lesson(String title, String slug, int number, String sectionTitle, String courseSlug) {
        return "---\n"
                + "title: " + quote(title) + "\n"
                + "slug: " + scalar(slug) + "\n"
                + "description: " + quote(say("Một câu: bài học này dạy gì.", "One sentence: what this lesson teaches.")) + "\n"
                + "duration_minutes: 30\n"
                + "sort_order: " + number + "\n"
                + (sectionTitle == null ? "" : "section_title: " + quote(sectionTitle) + "\n")
                + "course:\n  slug: " + scalar(courseSlug) + "\n"
                + "---\n\n"
                + "<h2 id=\"" + say("gioi-thieu", "introduction") + "\">1. " + say("Giới thiệu", "Introduction") + "</h2>\n\n"
                + "<p>" + say("Nội dung bài học.", "The lesson's content.") + "</p>\n\n"
                + "<blockquote><p><strong>Exam tip:</strong> " + say("Một mẹo cho kỳ thi.", "A tip for the exam.")
                + "</p></blockquote>\n\n"
                + "<pre><code class=\"language-bash\">echo \"hello\"</code></pre>\n\n"
                + "<h2 id=\"" + say("cau-hoi", "practice") + "\">2. " + say("Câu hỏi luyện tập", "Practice question") + "</h2>\n\n"
                + "<p>" + say("Câu hỏi?", "Question?") + "</p>\n\n"
                + "<details>\n<summary>" + say("Đáp án", "Answer") + "</summary>\n<p>"
                + say("Lời giải.", "The explanation.") + "</p>\n</details>\n";
    }

    /** A blog post dated {@code date}, with the fields its card on the blog shows. */
    String post(String title, String slug, LocalDate date) {
        return "---\n"
                + "title: " + quote(title) + "\n"
                + "slug: " + scalar(slug) + "\n"
                + "excerpt: " + quote(say("Một hai câu mời đọc, hiện dưới tiêu đề trong danh sách bài viết.",
                "One or two sentences that invite reading, shown under the title in the list of posts.")) + "\n"
                + "published_at: '" + date + "'\n"
                + "tags: []   # " + say("ví dụ", "e.g.") + " [Docker, {name: Kubernetes, slug: k8s}]\n"
                + "---\n\n"
                + say("Viết mở đầu ở đây: bài viết giúp người ôn thi điều gì.",
                "Write the opening here: what the post helps exam candidates with.") + "\n\n"
                + "## " + say("Ý chính", "Key points") + "\n\n"
                + "- " + say("Ý thứ nhất.", "The first point.") + "\n"
                + "- " + say("Ý thứ hai.", "The second point.") + "\n\n"
                + "> **" + say("Lưu ý:", "Exam tip:") + "** " + say("Một mẹo cho kỳ thi.", "A tip for the exam.") + "\n";
    }

    /** A quiz bank for {@code course}: its sections as domains, weighted evenly, and two questions to replace. */
    String quizBank(String slug, Course course) throws JsonProcessingException {
        List<Map<String, Object>> domains = new ArrayList<>();
        List<Section> sections = course.sections().isEmpty()
                ? List.of(new Section(null, say("Kiến thức chung", "General knowledge"), null, List.of()))
                : course.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int weight = 100 / sections.size() + (i < 100 % sections.size() ? 1 : 0);
            List<Map<String, String>> refs = new ArrayList<>();
            for (SectionLesson l : s.lessons()) {
                refs.add(Map.of("title", l.title() == null ? l.ref() : l.title(), "slug", l.ref()));
            }
            domains.add(Map.of("name", s.title().replaceAll("\\s*\\(\\d+%\\)\\s*$", ""), "weight", weight, "lessons", refs));
        }
        String domain = (String) domains.get(0).get("name");
        Map<String, Object> bank = new LinkedHashMap<>();
        bank.put("id", slug);
        bank.put("title", say("Đề thi thử: ", "Practice exam: ") + course.title());
        bank.put("slug", slug);
        bank.put("lang", english ? "en" : "vi");
        bank.put("description", say("Mô tả đề thi thử.", "What this practice exam covers."));
        bank.put("duration_minutes", 20);
        bank.put("passing_score", 70);
        bank.put("questions_count", 2);
        bank.put("series_slug", course.slug());
        bank.put("domains", domains);
        bank.put("questions", List.of(
                question(1, domain, say("Câu hỏi thứ nhất? Thay bằng câu của bạn.", "First question? Replace it with yours."), 0),
                question(2, domain, say("Câu hỏi thứ hai, có `mã` trong dấu backtick?", "Second question, with `code` in backticks?"), 1)));
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(bank) + "\n";
    }

    private Map<String, Object> question(int id, String domain, String text, int correct) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("domain", domain);
        q.put("question", text);
        q.put("options", List.of(say("Đáp án A", "Option A"), say("Đáp án B", "Option B"), say("Đáp án C", "Option C"),
                say("Đáp án D", "Option D")));
        q.put("correct", correct);
        q.put("explanation", say("Giải thích vì sao đáp án đúng là đúng.", "Explain why the right answer is right."));
        return q;
    }

    /** A YAML double-quoted string. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A slug as YAML reads it back unchanged: plain, unless YAML would take it for something else (a slug
     * {@code on} is true, {@code 0123} the number 83), then quoted.
     */
    static String scalar(String slug) {
        return YAML_TYPES.resolve(NodeId.scalar, slug, true).equals(Tag.STR) ? slug : quote(slug);
    }
}
