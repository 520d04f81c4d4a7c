package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.Section;
import io.buildsite.model.SectionLesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A course's sections and lessons in order. The index's sections decide order and grouping; lessons
 * it does not list follow them. Without sections, lessons are grouped by their {@code section_title},
 * ordered by chapter folder, then {@code sort_order}, then file name.
 */
final class CourseOutline {
    /** One place in the outline: a written lesson, or an index entry not written yet (lesson null). */
    record Item(Translations<Lesson> lesson, SectionLesson listed) {
    }

    record Part(String title, String description, List<Item> items) {
    }

    private CourseOutline() {
    }

    /** @param draft whether an index entry's name is that of a draft lesson, left out of this build */
    static List<Part> of(Course course, List<Translations<Lesson>> lessons, LessonFinder finder, Predicate<String> draft,
                         boolean report, Diagnostics diagnostics) {
        List<Translations<Lesson>> ordered = new ArrayList<>(lessons);
        ordered.sort(Comparator
                .comparing((Translations<Lesson> t) -> t.original().chapterDir())
                .thenComparing(t -> t.original().sortOrder() == null ? Integer.MAX_VALUE : t.original().sortOrder())
                .thenComparing(t -> t.original().fileStem()));
        Diagnostics sink = report ? diagnostics : new Diagnostics();
        if (course.sections().isEmpty()) {
            return bySectionTitle(course, ordered);
        }
        List<Part> parts = new ArrayList<>();
        Set<Translations<Lesson>> placed = new HashSet<>();
        String path = course.source().path();
        for (Section section : course.sections()) {
            List<Item> items = new ArrayList<>();
            for (SectionLesson listed : section.lessons()) {
                Translations<Lesson> lesson = finder.find(listed.ref(), path, listed.line(), sink);
                if (lesson != null && !placed.add(lesson)) {
                    sink.error(path, listed.line(), 1, "lesson '" + listed.ref() + "' is listed twice");
                    continue;
                }
                if (lesson == null && !draft.test(listed.ref())) {
                    sink.warning(path, listed.line(), 1, "lesson '" + listed.ref()
                            + "' is listed but has no file: shown as coming soon");
                }
                items.add(new Item(lesson, listed));
            }
            parts.add(new Part(section.title(), section.description(), items));
        }
        Map<String, Part> byTitle = new LinkedHashMap<>();
        parts.forEach(p -> byTitle.putIfAbsent(p.title(), p));
        for (Translations<Lesson> lesson : ordered) {
            if (placed.contains(lesson)) {
                continue;
            }
            Lesson shown = lesson.in(course.lang());
            sink.warning(lesson.original().source().path(), 1, 1, "lesson is not listed in the course index "
                    + path + ": placed after the listed lessons");
            String title = Objects.requireNonNullElse(shown.sectionTitle(), "");
            Part part = byTitle.get(title);
            if (part == null) {
                part = new Part(title, null, new ArrayList<>());
                byTitle.put(title, part);
                parts.add(part);
            }
            part.items().add(new Item(lesson, null));
        }
        return parts;
    }

    private static List<Part> bySectionTitle(Course course, List<Translations<Lesson>> ordered) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Translations<Lesson> lesson : ordered) {
            String title = Objects.requireNonNullElse(lesson.in(course.lang()).sectionTitle(), "");
            parts.computeIfAbsent(title, t -> new Part(t, null, new ArrayList<>())).items().add(new Item(lesson, null));
        }
        return new ArrayList<>(parts.values());
    }
}
