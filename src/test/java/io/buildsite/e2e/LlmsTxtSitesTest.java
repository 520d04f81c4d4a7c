package io.buildsite.e2e;

import io.buildsite.testing.ProjectSite;
import io.buildsite.testing.SharedCorpus;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample site's and the corpus's llms.txt, in each language tree, list every course, lesson and quiz
 * the tree has, and every file they link exists; llms-full.txt holds every lesson.
 */
class LlmsTxtSitesTest {
    private static final String BASE_URL = "https://example.org/khoa/";
    private static final Pattern LINK = Pattern.compile("^- \\[.*]\\((.*?)\\)", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"sample", "corpus"})
    void llmsTxtListsEveryCourseLessonAndQuizOfItsTree(String which, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path out = build(which, dir);
        for (String tree : List.of("", "en/")) {
            Path root = out.resolve(tree);
            String llms = Files.readString(root.resolve("llms.txt"));
            List<Path> linked = linkedFiles(out, llms);
            assertThat(linked).as(tree + "llms.txt links only files that exist").allMatch(Files::isRegularFile);
            for (String page : pages(root, "series", 2)) {
                assertThat(linked).as(tree + "llms.txt lists the course " + page).contains(root.resolve(page + "index.html"));
            }
            for (String page : pages(root, "luyen-thi", 1)) {
                assertThat(linked).as(tree + "llms.txt lists the quiz " + page).contains(root.resolve(page + "index.html"));
            }
            String full = Files.readString(root.resolve("llms-full.txt"));
            for (String page : pages(root, "lessons", 2)) {
                Path copy = linked.stream().filter(p -> p.endsWith(Path.of(page, "index.md"))).findFirst().orElse(null);
                assertThat(copy).as(tree + "llms.txt lists the lesson " + page + " by its Markdown copy").isNotNull();
                assertThat(full).as(tree + "llms-full.txt holds " + page).contains(Files.readString(copy));
            }
        }
    }

    private static Path build(String which, Path dir) {
        Path source = which.equals("sample") ? ProjectSite.root() : SharedCorpus.root();
        Path out = dir.resolve("out");
        TestSite.Result result = TestSite.run("build", "--quiet", "--source", source.toString(),
                "--output", out.toString(), "--base-url", BASE_URL, "--cache-dir", dir.resolve("cache").toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return out;
    }

    /** The files llms.txt links, each an address under the site's. */
    private static List<Path> linkedFiles(Path out, String llms) {
        List<Path> files = new ArrayList<>();
        Matcher link = LINK.matcher(llms);
        while (link.find()) {
            String href = link.group(1);
            assertThat(href).startsWith(BASE_URL);
            Path file = out.resolve(href.substring(BASE_URL.length())).normalize();
            files.add(href.endsWith("/") ? file.resolve("index.html") : file);
        }
        return files;
    }

    /** The tree's page folders {@code depth} levels under {@code folder}, as {@code folder/a/b/}. */
    private static List<String> pages(Path root, String folder, int depth) throws IOException {
        Path top = root.resolve(folder);
        try (Stream<Path> files = Files.walk(top, depth + 1)) {
            List<String> pages = files.filter(f -> f.getFileName().toString().equals("index.html")
                            && top.relativize(f).getNameCount() == depth + 1)
                    .map(f -> root.relativize(f.getParent()) + "/").sorted().toList();
            assertThat(pages).as(folder + " in " + root).isNotEmpty();
            return pages;
        }
    }
}
