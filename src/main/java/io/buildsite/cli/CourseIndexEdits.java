package io.buildsite.cli;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Edits of a course's {@code index.md} front matter, line by line: never re-serialized, so the author's
 * formatting stays, and written only when the result still parses.
 */
final class CourseIndexEdits {
    private CourseIndexEdits() {
    }

    /**
     * Adds a list item after the last lesson of the section titled {@code sectionTitle}, if the result parses
     * and still holds the item's first line.
     *
     * @param entry the item's lines, the first one first (as {@code slug: ...})
     */
    static boolean listInIndex(Path index, String sectionTitle, String entry) throws IOException {
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
        return writeIfValid(index, lines, yaml -> yaml.contains(parts[0]));
    }

    static boolean addTopLevelKey(Path index, String line) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8));
        lines.add(closingLine(lines), line);
        return writeIfValid(index, lines, yaml -> true);
    }

    private static boolean writeIfValid(Path index, List<String> lines, Predicate<String> check)
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
}
