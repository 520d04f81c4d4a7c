import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic site root of COURSES x LESSONS lessons shaped like real course content:
 * raw-HTML lesson bodies of 30-60 KB (headings, paragraphs, code, tables, exam tips, details
 * answers), a course index with sections, a quiz bank per course, and English translations for
 * every third lesson. Deterministic: the same arguments give the same files.
 *
 * Usage: java bench/SyntheticSite.java COURSES LESSONS_PER_COURSE OUTPUT_DIR
 */
public class SyntheticSite {
    private static final String[] WORDS = ("kiểm tra triển khai cấu hình mạng lưu trữ bảo mật cụm nút dịch vụ "
            + "container image registry volume policy quota namespace scheduler controller pipeline model "
            + "tensor gradient attention layer optimizer dataset batch epoch inference latency throughput "
            + "đăng ký ứng dụng hệ thống tài nguyên phiên bản nâng cấp sao lưu khôi phục giám sát nhật ký").split(" ");

    public static void main(String[] args) throws IOException {
        int courses = Integer.parseInt(args[0]);
        int lessons = Integer.parseInt(args[1]);
        Path root = Path.of(args[2]);
        Random random = new Random(42);
        write(root.resolve("site.yaml"), "title: Synthetic\nbase_url: https://bench.example/\nlanguages: [vi, en]\n");
        for (int c = 1; c <= courses; c++) {
            String course = String.format("khoa-hoc-%04d", c);
            Path dir = root.resolve("content/series/bench/" + course);
            StringBuilder index = new StringBuilder("---\nid: c" + c + "\ntitle: \"Khóa học tổng hợp " + c + "\"\nslug: "
                    + course + "\ndescription: >-\n  " + sentence(random, 30) + "\nlevel: intermediate\nduration_hours: 30\n"
                    + "category: {name: Benchmark, slug: bench}\ntags:\n  - {name: Bench, slug: bench}\n  - {name: Tag "
                    + (c % 7) + ", slug: tag-" + (c % 7) + "}\nquiz_slug: quiz-" + c + "\npublished_at: '2026-01-0"
                    + (1 + c % 9) + "T00:00:00Z'\nsections:\n");
            int perSection = Math.max(1, lessons / 4);
            for (int l = 1; l <= lessons; l++) {
                if ((l - 1) % perSection == 0) {
                    index.append("  - title: \"Phần ").append((l - 1) / perSection + 1).append("\"\n    lessons:\n");
                }
                String slug = String.format("bai-%d-%s", l, WORDS[random.nextInt(WORDS.length)].replace("đ", "d"));
                slug = slug.replaceAll("[^a-z0-9-]", "x");
                index.append("      - slug: ").append(slug).append("\n        title: \"Bài ").append(l).append("\"\n")
                        .append("        duration_minutes: ").append(30 + random.nextInt(60)).append('\n');
                String fm = "---\nid: l" + c + "-" + l + "\ntitle: \"Bài " + l + ": " + sentence(random, 6) + "\"\nslug: "
                        + slug + "\ndescription: \"" + sentence(random, 20) + "\"\nduration_minutes: 45\nsort_order: " + l
                        + "\n---\n";
                Path lessonFile = dir.resolve(String.format("chapters/%02d-phan/lessons/%02d-%s.md", (l - 1) / perSection + 1, l, slug));
                write(lessonFile, fm + body(random, 30_000 + random.nextInt(30_000), course, slug));
                if (l % 3 == 0) {
                    write(lessonFile.resolveSibling(String.format("%02d-%s.en.md", l, slug)),
                            fm.replace("title: \"Bài", "title: \"Lesson") + body(random, 30_000 + random.nextInt(30_000), course, slug));
                }
            }
            write(dir.resolve("index.md"), index.append("---\n\n## Giới thiệu\n\n").append(sentence(random, 80)).append('\n').toString());
            write(root.resolve("data/quizzes/quiz-" + c + ".json"), quiz(random, c, course));
        }
    }

    private static String body(Random random, int size, String course, String slug) {
        StringBuilder html = new StringBuilder(size + 2000);
        int section = 0;
        while (html.length() < size) {
            section++;
            html.append("<h2 id=\"phan-").append(section).append("\">").append(section).append(". ").append(sentence(random, 5)).append("</h2>\n\n");
            html.append("<p>").append(sentence(random, 60)).append(" <strong>").append(sentence(random, 3)).append("</strong> ")
                    .append(sentence(random, 40)).append(" <code>kubectl get pods</code>.</p>\n\n");
            html.append("<h3>").append(section).append(".1 ").append(sentence(random, 4)).append("</h3>\n\n");
            html.append("<pre><code class=\"language-").append(random.nextBoolean() ? "python" : "bash").append("\">");
            for (int i = 0; i < 12; i++) {
                html.append("value_").append(i).append(" = compute(x <= ").append(i).append(", \"").append(WORDS[random.nextInt(WORDS.length)]).append("\")\n");
            }
            html.append("</code></pre>\n\n<table>\n<thead><tr><th>Tên</th><th>Mô tả</th><th>Ghi chú</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < 6; i++) {
                html.append("<tr><td><code>").append(WORDS[random.nextInt(WORDS.length)]).append("</code></td><td>")
                        .append(sentence(random, 8)).append("</td><td>").append(sentence(random, 5)).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n\n<blockquote><p><strong>Exam tip:</strong> ").append(sentence(random, 25)).append("</p></blockquote>\n\n");
            html.append("<ul>\n");
            for (int i = 0; i < 5; i++) {
                html.append("<li>").append(sentence(random, 12)).append("</li>\n");
            }
            html.append("</ul>\n\n<details>\n<summary>Đáp án</summary>\n<p>").append(sentence(random, 30)).append("</p>\n</details>\n\n");
            html.append("<p>Xem thêm <a href=\"#phan-1\">phần 1</a> và <a href=\"https://kubernetes.io/docs/\">tài liệu</a>.</p>\n\n");
        }
        return html.toString();
    }

    private static String quiz(Random random, int c, String course) {
        StringBuilder json = new StringBuilder("{\"id\": \"quiz-" + c + "\", \"title\": \"Đề thi thử " + c
                + "\", \"slug\": \"quiz-" + c + "\", \"duration_minutes\": 30, \"passing_score\": 70, \"questions_count\": 20, "
                + "\"series_slug\": \"" + course + "\", \"domains\": [{\"name\": \"A\", \"weight\": 50, \"lessons\": []}, "
                + "{\"name\": \"B\", \"weight\": 50, \"lessons\": []}], \"questions\": [");
        for (int q = 1; q <= 20; q++) {
            json.append(q > 1 ? ", " : "").append("{\"id\": ").append(q).append(", \"domain\": \"").append(q % 2 == 0 ? "A" : "B")
                    .append("\", \"question\": \"").append(sentence(random, 15)).append("?\", \"options\": [\"")
                    .append(sentence(random, 4)).append("\", \"").append(sentence(random, 4)).append("\", \"")
                    .append(sentence(random, 4)).append("\", \"").append(sentence(random, 4)).append("\"], \"correct\": ")
                    .append(random.nextInt(4)).append(", \"explanation\": \"").append(sentence(random, 20)).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
