package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds a course's lesson by the name an index or a quiz uses: its slug, its file stem, or its stem
 * without the ordering number ({@code 01-bai-1-x} ~ {@code bai-1-x}), in that order.
 */
final class LessonFinder {
    private final List<Map<String, List<Translations<Lesson>>>> levels;

    LessonFinder(List<Translations<Lesson>> lessons) {
        levels = List.of(
                index(lessons, Lesson::slug),
                index(lessons, Lesson::fileStem),
                index(lessons, l -> l.fileStem().replaceFirst("^\\d+[-_.]", "")));
    }

    /** The lesson named {@code ref}, or null; an ambiguous name is reported and resolves to nothing. */
    Translations<Lesson> find(String ref, String path, int line, Diagnostics diagnostics) {
        for (Map<String, List<Translations<Lesson>>> level : levels) {
            List<Translations<Lesson>> found = level.get(ref);
            if (found == null) {
                continue;
            }
            if (found.size() > 1) {
                diagnostics.error(path, line, 1, "lesson name '" + ref + "' is ambiguous: it names "
                        + String.join(", ", found.stream().map(t -> t.original().source().path()).toList()));
                return null;
            }
            return found.get(0);
        }
        return null;
    }

    private static Map<String, List<Translations<Lesson>>> index(List<Translations<Lesson>> lessons,
                                                                  Function<Lesson, String> name) {
        Map<String, List<Translations<Lesson>>> index = new HashMap<>();
        for (Translations<Lesson> lesson : lessons) {
            index.computeIfAbsent(name.apply(lesson.original()), k -> new ArrayList<>()).add(lesson);
        }
        return index;
    }
}
