package io.buildsite.cli;

import io.buildsite.build.SiteBuild;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.Section;
import io.buildsite.model.SectionLesson;
import io.buildsite.model.SiteSource;
import io.buildsite.text.Slugify;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new content from templates in Vietnamese or English. New lessons are numbered after the
 * course's last one and listed in its index; the index is edited line by line (never re-serialized,
 * so the author's formatting stays) and only when the result still parses.
 */
final class Scaffold {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)[-_.]");
    private static final Pattern SAFE_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    /** The languages new text can be written in. */
    static final List<String> LANGUAGES = List.of("vi", "en");

    private final Path root;
    private final boolean english;

    Scaffold(Path root, String lang) {
        this.root = root;
        this.english = lang.equals("en");
    }

    private String say(String vi, String en) {
        return english ? en : vi;
    }

    int course(String title, String slug, String category, PrintWriter out, PrintWriter err) throws IOException {
        if (!SAFE_SLUG.matcher(slug).matches() || !SAFE_SLUG.matcher(category).matches()) {
            err.println("build-site: use lower-case letters, digits and '-' for --slug and --category");
            return ExitCodes.USAGE;
        }
        Path dir = root.resolve("content/series").resolve(category).resolve(slug);
        String sectionTitle = say("Phần 1: Bắt đầu", "Part 1: Getting started");
        String lessonTitle = say("Bài 1: Giới thiệu", "Lesson 1: Introduction");
        String lessonSlug = "bai-1-" + Slugify.slug(say("giới thiệu", "introduction"));
        String index = "---\n"
                + "id: " + slug + "\n"
                + "title: " + quote(title) + "\n"
                + "slug: " + slug + "\n"
                + "description: >-\n  " + say("Mô tả ngắn: khóa học này giúp người học đạt được gì.",
                "A short description: what this course helps learners achieve.") + "\n"
                + "level: beginner\n"
                + "duration_hours: 1\n"
                + "category:\n  name: " + quote(Character.toUpperCase(category.charAt(0)) + category.substring(1).replace('-', ' '))
                + "\n  slug: " + category + "\n"
                + "tags: []\n"
                + "sections:\n"
                + "  - id: " + slug + "-section-01\n"
                + "    title: " + quote(sectionTitle) + "\n"
                + "    lessons:\n"
                + "      - slug: " + lessonSlug + "\n"
                + "        title: " + quote(lessonTitle) + "\n"
                + "        duration_minutes: 15\n"
                + "---\n\n"
                + "## " + say("Giới thiệu", "About this course") + "\n\n"
                + say("Viết ở đây: khóa học dành cho ai, cần biết gì trước, và học xong làm được gì.",
                "Write here: who the course is for, what to know first, and what learners can do afterwards.") + "\n";
        if (!NewCommand.create(root, dir.resolve("index.md"), index, out, err)) {
            return ExitCodes.CONTENT_ERRORS;
        }
        Path lesson = dir.resolve("chapters/01-" + Slugify.slug(sectionTitle) + "/lessons/01-" + lessonSlug + ".md");
        NewCommand.create(root, lesson, lessonFile(lessonTitle, lessonSlug, 1, sectionTitle, slug), out, err);
        return ExitCodes.OK;
    }

    int lesson(String courseSlug, String title, String sectionWanted, PrintWriter out, PrintWriter err) throws IOException {
        SiteSource site = load();
        Course course = findCourse(site, courseSlug, err);
        if (course == null) {
            return ExitCodes.USAGE;
        }
        Path courseDir = root.resolve(course.source().path()).getParent();
        List<Lesson> lessons = site.lessons().stream()
                .filter(l -> l.courseDir().equals(courseDir.getFileName().toString()) && l.lang().equals(course.lang()))
                .toList();
        int listed = course.sections().stream().mapToInt(s -> s.lessons().size()).sum();
        int next = Math.max(listed, lessons.stream().mapToInt(l -> number(l.fileStem())).max().orElse(0)) + 1;
        Section section = pickSection(course, sectionWanted);
        String sectionTitle = section != null ? section.title() : sectionWanted;
        String words = Slugify.slug(title.replaceFirst("(?i)^(bài|lesson)\\s*\\d+\\s*[:.-]\\s*", ""));
        // Follow the course's own convention: slugs equal to file stems, or "bai-N-..." without the number.
        boolean stemSlugs = !lessons.isEmpty() && lessons.stream().allMatch(l -> l.slug().equals(l.fileStem()));
        String slug = stemSlugs ? String.format("%02d-%s", next, words) : "bai-" + next + "-" + words;
        Path chapter = lessons.stream().max(java.util.Comparator.comparing(Lesson::chapterDir))
                .map(l -> root.resolve(l.source().path()).getParent())
                .orElse(courseDir.resolve("chapters/01-" + Slugify.slug(sectionTitle == null ? "bai-hoc" : sectionTitle)
                        + "/lessons"));
        Path file = chapter.resolve(stemSlugs ? slug + ".md" : String.format("%02d-%s.md", next, slug));
        if (!NewCommand.create(root, file, lessonFile(title, slug, next, sectionTitle, course.slug()), out, err)) {
            return ExitCodes.CONTENT_ERRORS;
        }
        if (section != null) {
            Path index = root.resolve(course.source().path());
            String entry = "slug: " + slug + "\n" + "title: " + quote(title) + "\n" + "duration_minutes: 30";
            if (listInIndex(index, section.title(), entry, slug)) {
                out.println("listed in " + course.source().path() + " under " + quote(section.title()));
            } else {
                err.println("build-site: could not add the lesson to " + course.source().path() + " safely; list it yourself under "
                        + "sections → lessons as: - slug: " + slug);
            }
        }
        return ExitCodes.OK;
    }

    int quiz(String courseSlug, String slugWanted, PrintWriter out, PrintWriter err) throws IOException {
        SiteSource site = load();
        Course course = findCourse(site, courseSlug, err);
        if (course == null) {
            return ExitCodes.USAGE;
        }
        String slug = slugWanted != null ? slugWanted : course.slug();
        if (!SAFE_SLUG.matcher(slug).matches()) {
            err.println("build-site: use lower-case letters, digits and '-' for --slug");
            return ExitCodes.USAGE;
        }
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
        Map<String, Object> bank = new java.util.LinkedHashMap<>();
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
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(bank) + "\n";
        if (!NewCommand.create(root, root.resolve("data/quizzes/" + slug + ".json"), json, out, err)) {
            return ExitCodes.CONTENT_ERRORS;
        }
        if (course.quizSlug() == null) {
            Path index = root.resolve(course.source().path());
            if (addTopLevelKey(index, "quiz_slug: " + slug)) {
                out.println("linked from " + course.source().path() + " (quiz_slug: " + slug + ")");
            }
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> question(int id, String domain, String text, int correct) {
        Map<String, Object> q = new java.util.LinkedHashMap<>();
        q.put("id", id);
        q.put("domain", domain);
        q.put("question", text);
        q.put("options", List.of(say("Đáp án A", "Option A"), say("Đáp án B", "Option B"), say("Đáp án C", "Option C"),
                say("Đáp án D", "Option D")));
        q.put("correct", correct);
        q.put("explanation", say("Giải thích vì sao đáp án đúng là đúng.", "Explain why the right answer is right."));
        return q;
    }

    private String lessonFile(String title, String slug, int number, String sectionTitle, String courseSlug) {
        return "---\n"
                + "title: " + quote(title) + "\n"
                + "slug: " + slug + "\n"
                + "description: " + quote(say("Một câu: bài học này dạy gì.", "One sentence: what this lesson teaches.")) + "\n"
                + "duration_minutes: 30\n"
                + "sort_order: " + number + "\n"
                + (sectionTitle == null ? "" : "section_title: " + quote(sectionTitle) + "\n")
                + "course:\n  slug: " + courseSlug + "\n"
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

    private SiteSource load() throws IOException {
        return SiteBuild.contentOf(root);
    }

    private static Course findCourse(SiteSource site, String slug, PrintWriter err) {
        Course course = site.courses().stream().filter(c -> c.slug().equals(slug) && c.lang().equals(site.config().defaultLanguage()))
                .findFirst().orElse(null);
        if (course == null) {
            err.println("build-site: no course with slug '" + slug + "' (courses: "
                    + String.join(", ", site.courses().stream().map(Course::slug).distinct().toList()) + ")");
        }
        return course;
    }

    private static Section pickSection(Course course, String wanted) {
        if (course.sections().isEmpty()) {
            return null;
        }
        if (wanted != null) {
            return course.sections().stream().filter(s -> wanted.equals(s.title())).findFirst().orElse(null);
        }
        return course.sections().get(course.sections().size() - 1);
    }

    private static int number(String stem) {
        Matcher m = NUMBER.matcher(stem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Adds a list item after the last lesson of the section titled {@code sectionTitle}, if the result parses. */
    private static boolean listInIndex(Path index, String sectionTitle, String entry, String slug) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
        int close = closingLine(lines);
        int titleLine = -1;
        for (int i = 1; i < close; i++) {
            String value = lines.get(i).replaceFirst("^\\s*-?\\s*title:\\s*", "");
            if (lines.get(i).matches("^\\s*-?\\s*title:.*") && unquote(value).equals(sectionTitle) && titleLine < 0
                    && i > indexOf(lines, "sections:")) {
                titleLine = i;
            }
        }
        if (titleLine < 0) {
            return false;
        }
        int lessonsLine = -1;
        for (int i = titleLine + 1; i < close && lessonsLine < 0; i++) {
            if (lines.get(i).matches("^\\s*lessons:\\s*$")) {
                lessonsLine = i;
            } else if (lines.get(i).matches("^\\s*- .*") && indent(lines.get(i)) <= indent(lines.get(titleLine))) {
                break;
            }
        }
        if (lessonsLine < 0) {
            return false;
        }
        int keyIndent = indent(lines.get(lessonsLine));
        int last = lessonsLine;
        int itemIndent = -1;
        for (int i = lessonsLine + 1; i < close; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int ind = indent(line);
            if (ind > keyIndent || (ind == keyIndent && line.strip().startsWith("- "))) {
                if (line.strip().startsWith("- ") && itemIndent < 0) {
                    itemIndent = ind;
                }
                last = i;
            } else {
                break;
            }
        }
        String dash = " ".repeat(itemIndent >= 0 ? itemIndent : keyIndent + 2);
        List<String> item = new ArrayList<>();
        String[] parts = entry.split("\n");
        item.add(dash + "- " + parts[0]);
        for (int i = 1; i < parts.length; i++) {
            item.add(dash + "  " + parts[i]);
        }
        lines.addAll(last + 1, item);
        return writeIfValid(index, lines, yaml -> yaml.contains("slug: " + slug));
    }

    private static boolean addTopLevelKey(Path index, String line) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
        lines.add(closingLine(lines), line);
        return writeIfValid(index, lines, yaml -> true);
    }

    private static boolean writeIfValid(Path index, List<String> lines, java.util.function.Predicate<String> check)
            throws IOException {
        int close = closingLine(lines);
        String yaml = String.join("\n", lines.subList(1, close));
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(parsed instanceof Map) || !check.test(yaml)) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        Files.writeString(index, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return true;
    }

    private static int closingLine(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return lines.size();
    }

    private static int indexOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(key)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** A YAML double-quoted string. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
