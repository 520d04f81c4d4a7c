package io.buildsite.cli;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each kind of bad input, added to a site that built before: the build fails with exit code 1 and
 * exactly one diagnostic at the right file and line, prints no stack trace, leaves the previous output
 * byte for byte as it was, and creates nothing anywhere else.
 */
class BadInputTest {
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";
    private static final String ONE = LESSONS + "01-one.md";
    private static final String TWO = LESSONS + "02-two.md";
    private static final String INDEX = "content/series/cat/c/index.md";
    private static final String QUIZ = "data/quizzes/q.json";
    private static final String POST = "content/blog/news/post.md";
    private static final String IMAGE = "content/images/logo.png";
    private static final String QUESTION_2 = "{\"id\": 2, \"domain\": \"D\", \"question\": \"B?\", \"options\": [\"a\", \"b\"], \"correct\": 1}";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        site = TestSite.in(dir.resolve("site"))
                .file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .file(INDEX, "---\nid: c1\ntitle: Course\nquiz_slug: q\n---\n")
                .file(ONE, "---\nid: l1\ntitle: One\nslug: one\n---\n<h2 id=\"a\">A</h2>\n<p>See <a href=\"/lessons/c/two/\">two</a>.</p>\n")
                .file(TWO, "---\nid: l2\ntitle: Two\nslug: two\n---\n<p>Two</p>\n")
                .file(POST, "---\ntitle: Post\ntags: [{name: News, slug: news}]\n---\nHello\n")
                .file(IMAGE, "PNG")
                .file(QUIZ, quiz("\"weight\": 100", "\"lessons\": [{\"title\": \"One\", \"slug\": \"one\"}]",
                        "{\"id\": 1, \"domain\": \"D\", \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 0}"));
        TestSite.Result first = site.build("--strict");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
    }

    private static String quiz(String weight, String lessons, String question1) {
        return "{\n  \"title\": \"Q\",\n  \"series_slug\": \"c\",\n  \"domains\": [{\"name\": \"D\", " + weight + ", " + lessons
                + "}],\n  \"questions\": [\n    " + question1 + ",\n    " + QUESTION_2 + "\n  ]\n}\n";
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(contentErrors(), addressErrors(), replacedFiles(), bodiesBeyondTheLimits()).flatMap(s -> s);
    }

    /** Bodies nested, or long, beyond what rendering takes: one error at the line, never a crash. */
    static Stream<Arguments> bodiesBeyondTheLimits() {
        String lesson = "---\nid: l2\ntitle: Two\nslug: two\n---\n";
        StringBuilder indented = new StringBuilder(lesson);
        for (int level = 0; level < 1400; level++) {
            indented.append("  ".repeat(level)).append("- x\n");
        }
        return Stream.of(
                arguments("block quotes nested 1,000 deep", TWO, lesson + ">".repeat(1000) + " deep\n", TWO + ":6:"),
                arguments("lists nested 1,400 deep by indentation", TWO, indented.toString(), TWO + ":106:"),
                arguments("10,000 list markers on a line", TWO, lesson + "- ".repeat(10_000) + "x\n", TWO + ":6:"),
                arguments("emphasis nested 1,000 deep", TWO, lesson + "\n" + "*a _b ".repeat(500) + "c" + " d_ e*".repeat(500)
                        + "\n", TWO + ":7:"),
                arguments("images nested 1,000 deep", TWO, lesson + "![".repeat(1000) + "x" + "](/a.png)".repeat(1000) + "\n",
                        TWO + ":6:"),
                arguments("a rule of 100,000 asterisks", TWO, lesson + "*".repeat(100_000) + "\n", TWO + ":6:"),
                arguments("a table of 10,000 columns", TWO, lesson + "| a ".repeat(10_000) + "|\n" + "| --- ".repeat(10_000)
                        + "|\n| b |\n", TWO + ":7:"),
                arguments("a paragraph of 100 KB", TWO, lesson + "Intro.\n\n"
                        + "word *em* **strong** [l](https://example.com) `c` ".repeat(2000) + "\n", TWO + ":8:"),
                arguments("broken anchor with an entity in its href", TWO, lesson + "<p>a</p>\n\n\n\n"
                        + "<p><a href=\"#no&amp;such\">x</a></p>\n", TWO + ":10:"));
    }

    /** Slugs of every kind go through one rule, and two things never share an address. */
    static Stream<Arguments> addressErrors() {
        String post = "---\ntitle: Post\n";
        return Stream.of(
                arguments("tag slug ..", POST, post + "tags:\n  - name: Home\n    slug: '..'\n---\n", POST + ":5:"),
                arguments("tag slug .", POST, post + "tags: [{name: X, slug: \".\"}]\n---\n", POST + ":3:"),
                arguments("tag slug ../series", POST, post + "tags: [{name: X, slug: \"../series\"}]\n---\n", POST + ":3:"),
                arguments("tag slug ../lessons/c/one", POST, post + "tags: [{name: X, slug: \"../lessons/c/one\"}]\n---\n",
                        POST + ":3:"),
                arguments("tag slug that climbs out of the output", POST, post + "tags:\n  - name: News\n    slug: news\n"
                        + "  - name: Out\n    slug: \"../../../../tmp/x\"\n---\n", POST + ":7:"),
                arguments("two tags of different names with one slug", POST, post + "tags:\n  - name: Kubernetes\n"
                        + "    slug: k8s\n  - name: Docker\n    slug: k8s\n---\n", POST + ":7:"),
                arguments("a course's tag with the slug of a post's tag", INDEX, "---\ntitle: Course\nquiz_slug: q\n"
                        + "tags:\n  - name: Announcements\n    slug: news\n---\n", INDEX + ":6:"),
                arguments("category slug ..", INDEX, "---\ntitle: Course\nquiz_slug: q\ncategory:\n  name: Cat\n"
                        + "  slug: '..'\n---\n", INDEX + ":6:"),
                arguments("post slug ..", POST, post + "slug: '..'\n---\n", POST + ":3:"),
                arguments("quiz slug ..", QUIZ, "{\n  \"title\": \"Q\",\n  \"slug\": \"..\",\n  \"questions\": [" + QUESTION_2
                        + "]\n}\n", QUIZ + ":3:"),
                arguments("course folder that is not a slug", "content/series/cat/a+b/index.md", "---\ntitle: AB\n---\n",
                        "content/series/cat/a+b/index.md:1:"));
    }

    /** A copied file never replaces what build-site generates, nor another copied file. */
    static Stream<Arguments> replacedFiles() {
        return Stream.of(
                arguments("static file replacing the home page", "static/index.html", "<p>mine</p>\n", "static/index.html:1:"),
                arguments("static file replacing a theme asset", "static/assets/site.js", "alert(1)\n",
                        "static/assets/site.js:1:"),
                arguments("static file replacing the 404 page", "static/404.html", "x\n", "static/404.html:1:"),
                arguments("static file replacing the English home page", "static/en/index.html", "x\n",
                        "static/en/index.html:1:"),
                arguments("static file replacing a lesson page", "static/lessons/c/one/index.html", "x\n",
                        "static/lessons/c/one/index.html:1:"),
                arguments("static file replacing the sitemap", "static/sitemap.xml", "x\n", "static/sitemap.xml:1:"),
                arguments("static file replacing the search index", "static/search/docs.json", "{}\n",
                        "static/search/docs.json:1:"),
                arguments("static file replacing a content image", "static/images/logo.png", "GIF\n",
                        "static/images/logo.png:1:"),
                arguments("content image replacing a theme asset", "content/assets/favicon.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "content/assets/favicon.svg:1:"));
    }

    static Stream<Arguments> contentErrors() {
        String lesson = "---\nid: l2\ntitle: Two\nslug: two\n";
        return Stream.of(
                arguments("YAML syntax error", TWO, "---\ntitle: Two\nslug: [two\n---\nbody\n", TWO + ":4:"),
                arguments("no front matter", TWO, "Just a paragraph.\n", TWO + ":1:"),
                arguments("empty file", TWO, "", TWO + ":1:"),
                arguments("front matter that is a list", TWO, "---\n- title\n- two\n---\n", TWO + ":2:"),
                arguments("a field of the wrong type", TWO, lesson + "duration_minutes: soon\n---\n", TWO + ":5:"),
                arguments("unclosed front matter that is not YAML", TWO, "---\ntitle: Two\n<p>a: b: c</p>\n", TWO + ":3:"),
                arguments("missing title", TWO, "---\nslug: two\n---\nx\n", TWO + ":1:"),
                arguments("YAML indented with tabs", TWO, "---\ntitle: Two\ncourse:\n\tslug: c\n---\n", TWO + ":4:"),
                arguments("invalid UTF-8", TWO, "---\ntitle: Two\n---\nbad \u0000BYTE\n", TWO + ":4:"),
                arguments("file over the size limit", TWO, "---\ntitle: Two\n---\n" + "x".repeat(4 * 1024 * 1024), TWO + ":1:"),
                arguments("alias bomb", TWO, "---\ntitle: Two\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e]\n"
                        + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g]\n---\n", TWO + ":"),
                arguments("slug ../../x", TWO, "---\ntitle: Two\nslug: ../../x\n---\n", TWO + ":3:"),
                arguments("slug /abs", TWO, "---\ntitle: Two\nslug: /abs\n---\n", TWO + ":3:"),
                arguments("slug longer than a file name may be", TWO, "---\ntitle: Two\nslug: " + "ệ".repeat(100) + "\n---\n",
                        TWO + ":3:"),
                arguments("tag slug longer than a file name may be", POST, "---\ntitle: Post\ntags: [{name: X, slug: "
                        + "đ".repeat(130) + "}]\n---\n", POST + ":3:"),
                arguments("course slug ..", INDEX, "---\ntitle: Course\nslug: '..'\n---\n", INDEX + ":3:"),
                arguments("duplicate lesson slug", TWO, "---\nid: l2\ntitle: Two\nslug: one\n---\n", TWO + ":1:"),
                arguments("duplicate lesson id", TWO, "---\nid: l1\ntitle: Two\nslug: two\n---\n", TWO + ":1:"),
                arguments("broken internal link", TWO, lesson + "---\n<p><a href=\"/lessons/c/nope/\">x</a></p>\n", TWO + ":6:"),
                arguments("broken anchor", TWO, lesson + "---\n\n<p><a href=\"#nope\">x</a></p>\n", TWO + ":7:"),
                arguments("broken anchor on another page", TWO, lesson + "---\n<p><a href=\"/lessons/c/one/#b\">x</a></p>\n", TWO + ":6:"),
                arguments("quiz bank that is not JSON", QUIZ, "{\n  \"title\": \"Q\",,\n}\n", QUIZ + ":2:"),
                arguments("quiz bank with trailing garbage", QUIZ, "{\"title\": \"Q\", \"questions\": [" + QUESTION_2 + "]}\nxyz\n", QUIZ + ":2:"),
                arguments("options given as a string", QUIZ, quiz("\"weight\": 100", "\"lessons\": []",
                        "{\"id\": 1, \"domain\": \"D\", \"question\": \"A?\", \"options\": \"a, b\", \"correct\": 0}"), QUIZ + ":6:"),
                arguments("correct index out of range", QUIZ, quiz("\"weight\": 100", "\"lessons\": []",
                        "{\"id\": 1, \"domain\": \"D\", \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 2}"), QUIZ + ":6:"),
                arguments("fewer than two options", QUIZ, quiz("\"weight\": 100", "\"lessons\": []",
                        "{\"id\": 1, \"domain\": \"D\", \"question\": \"A?\", \"options\": [\"a\"], \"correct\": 0}"), QUIZ + ":6:"),
                arguments("duplicate question id", QUIZ, quiz("\"weight\": 100", "\"lessons\": []",
                        "{\"id\": 2, \"domain\": \"D\", \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 0}"), QUIZ + ":7:"),
                arguments("question in an undeclared domain", QUIZ, quiz("\"weight\": 100", "\"lessons\": []",
                        "{\"id\": 1, \"domain\": \"X\", \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 0}"), QUIZ + ":6:"));
    }

    static Stream<Arguments> warningsUnderStrict() {
        return Stream.of(
                arguments("lesson listed but missing", INDEX, "---\ntitle: Course\nsections:\n  - title: S\n    lessons:\n"
                        + "      - slug: one\n      - slug: two\n      - slug: three\n---\n", INDEX + ":8:"),
                arguments("lesson file not listed", INDEX, "---\ntitle: Course\nsections:\n  - title: S\n    lessons:\n"
                        + "      - slug: one\n---\n", TWO + ":1:"),
                arguments("domain weights not adding up to 100", QUIZ, quiz("\"weight\": 90", "\"lessons\": []",
                        "{\"id\": 1, \"domain\": \"D\", \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 0}"), QUIZ + ":4:"),
                arguments("questions_count that is not the real count", QUIZ, "{\"title\": \"Q\",\n\"questions_count\": 3,\n"
                        + "\"questions\": [" + QUESTION_2.replace("\"domain\": \"D\", ", "") + "]}\n", QUIZ + ":2:"),
                arguments("quiz lesson reference to nothing", QUIZ, quiz("\"weight\": 100",
                        "\"lessons\": [{\"title\": \"Ghost\", \"slug\": \"ghost\"}]",
                        "{\"id\": 1, \"domain\": \"D\", \"question\": \"A?\", \"options\": [\"a\", \"b\"], \"correct\": 0}"), QUIZ + ":4:"),
                arguments("missing local image", TWO, "---\ntitle: Two\nslug: two\n---\n\n<img src=\"/images/none.png\" alt=\"x\">\n", TWO + ":6:"),
                arguments("HTML page in content/", "content/page.html", "<img src=x onerror=alert(1)>\n", "content/page.html:1:"),
                arguments("home page in content/", "content/index.html", "<h1>mine</h1>\n", "content/index.html:1:"),
                arguments("script in content/", "content/js/x.js", "alert(1)\n", "content/js/x.js:1:"),
                arguments("SVG with a script", "content/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                        + "  <circle r=\"4\"/>\n  <script>alert(1)</script>\n</svg>\n", "content/images/logo.svg:3:"),
                arguments("SVG with an event handler", "content/images/logo.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>\n",
                        "content/images/logo.svg:1:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void failsWithOneDiagnosticAndLeavesEverythingAsItWas(String name, String file, String text, String at)
            throws IOException {
        assertFailsCleanly(file, text, at, "error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warningsUnderStrict")
    void warningFailsTheBuildUnderStrict(String name, String file, String text, String at) throws IOException {
        assertFailsCleanly(file, text, at, "warning");
    }

    private void assertFailsCleanly(String file, String text, String at, String severity) throws IOException {
        if (text.contains("\u0000BYTE")) {
            byte[] bytes = text.replace("\u0000BYTE", "").getBytes(StandardCharsets.UTF_8);
            byte[] broken = new byte[bytes.length + 2];
            System.arraycopy(bytes, 0, broken, 0, bytes.length - 1);
            broken[bytes.length - 1] = (byte) 0xC3;
            broken[bytes.length] = (byte) 0x28;
            broken[bytes.length + 1] = '\n';
            site.bytes(file, broken);
        } else {
            site.file(file, text);
        }
        Map<String, String> outputBefore = snapshot(site.output());
        Map<String, String> everythingElseBefore = snapshotExcept(dir, site.output());

        TestSite.Result result = site.build("--strict");

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(result.diagnostics()).as(result.stderr()).singleElement().asString()
                .startsWith(at).contains(": " + severity + ": ");
        assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot(site.output())).isEqualTo(outputBefore);
        assertThat(snapshotExcept(dir, site.output())).isEqualTo(everythingElseBefore);
    }

    /** Every file below {@code root} with its bytes and modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String key = root.relativize(p).toString();
                files.put(key, Files.isDirectory(p) ? "dir"
                        : java.util.Arrays.hashCode(Files.readAllBytes(p)) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    private static Map<String, String> snapshotExcept(Path root, Path excluded) throws IOException {
        Map<String, String> files = snapshot(root);
        String prefix = root.relativize(excluded).toString();
        files.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "/"));
        return files;
    }
}
