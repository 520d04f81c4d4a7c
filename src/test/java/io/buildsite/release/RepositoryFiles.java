package io.buildsite.release;

import io.buildsite.testing.ProjectSite;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The workflows, the action and the deploy guide of this repository, as the tests read them. */
final class RepositoryFiles {
    static final Path ROOT = ProjectSite.root();
    static final Path ACTION = ROOT.resolve("action.yml");
    static final Path DEPLOY_GUIDE = ROOT.resolve("docs/deploy.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
    private static final Pattern MAJORS_ROW = Pattern.compile("^\\| `([\\w.-]+/[\\w.-]+)` \\| v(\\d+) \\|", Pattern.MULTILINE);

    private RepositoryFiles() {
    }

    static List<Path> workflows() {
        try (Stream<Path> files = Files.list(ROOT.resolve(".github/workflows"))) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path workflow(String name) {
        return ROOT.resolve(".github/workflows").resolve(name);
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        return yaml(text(file));
    }

    /**
     * A YAML document as maps and lists. SnakeYAML reads YAML 1.1, where a bare {@code on} is the boolean
     * true: the key GitHub reads as "on" is put back under that name.
     */
    static Map<String, Object> yaml(String text) {
        Map<Object, Object> document = new Yaml().load(text);
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        document.forEach((key, value) -> named.put(Boolean.TRUE.equals(key) ? "on" : String.valueOf(key), value));
        return named;
    }

    /** The example workflow of the deploy guide. */
    static String exampleWorkflow() {
        Matcher block = YAML_BLOCK.matcher(text(DEPLOY_GUIDE));
        if (!block.find()) {
            throw new AssertionError("no yaml block in " + DEPLOY_GUIDE);
        }
        return block.group(1);
    }

    /** The deploy guide's table of actions: owner/name → major version. */
    static Map<String, Integer> documentedMajors() {
        Map<String, Integer> majors = new java.util.TreeMap<>();
        Matcher row = MAJORS_ROW.matcher(text(DEPLOY_GUIDE));
        while (row.find()) {
            majors.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return majors;
    }

    /** Every step of every job of a workflow, in order. */
    static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : map(workflow.get("jobs")).values()) {
            steps.addAll(list(map(job).get("steps")));
        }
        return steps;
    }

    /** The steps of the action. */
    static List<Map<String, Object>> actionSteps() {
        return list(map(yaml(ACTION).get("runs")).get("steps"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
