package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
import io.buildsite.model.SitePaths;
import io.buildsite.model.Tag;
import io.buildsite.text.Slugify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's content grouped into translations and linked together: courses with their lessons and
 * outlines, quizzes with their courses. Built once; every page is assembled from it.
 */
final class SiteIndex {
    final SiteSource source;
    final List<Translations<Course>> courses;
    final List<Translations<Lesson>> lessons;
    final List<Translations<BlogPost>> posts;
    final List<Translations<QuizBank>> quizzes;
    final Map<Translations<Course>, List<Translations<Lesson>>> lessonsOfCourse = new LinkedHashMap<>();
    final Map<Translations<Course>, LessonFinder> finders = new HashMap<>();
    final Map<Translations<Lesson>, Translations<Course>> courseOfLesson = new HashMap<>();
    private final Map<String, List<CourseOutline.Part>> outlines = new HashMap<>();
    private final Diagnostics diagnostics;

    SiteIndex(SiteSource source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
        String def = source.config().defaultLanguage();
        courses = Translations.group(source.courses(), c -> originalPath(c.source().path(), c.lang(), def), Course::lang, def);
        lessons = Translations.group(source.lessons(), l -> originalPath(l.source().path(), l.lang(), def), Lesson::lang, def);
        posts = Translations.group(source.posts(), p -> originalPath(p.source().path(), p.lang(), def), BlogPost::lang, def);
        quizzes = Translations.group(source.quizzes(), q -> originalPath(q.source().path(), q.lang(), def), QuizBank::lang, def);
        Map<String, Translations<Course>> byFolder = new HashMap<>();
        for (Translations<Course> course : courses) {
            byFolder.put(folderOf(course.original().source().path()), course);
            lessonsOfCourse.put(course, new ArrayList<>());
        }
        for (Translations<Lesson> lesson : lessons) {
            Lesson l = lesson.original();
            String folder = folderOfLesson(l.source().path());
            Translations<Course> course = byFolder.get(folder);
            if (course == null) {
                diagnostics.error(l.source().path(), 1, 1, "lesson is in a course folder without an index.md: "
                        + folder + "/");
                continue;
            }
            lessonsOfCourse.get(course).add(lesson);
            courseOfLesson.put(lesson, course);
        }
        lessonsOfCourse.forEach((course, list) -> finders.put(course, new LessonFinder(list)));
        checkUnique(courses, c -> c.original().slug(), "course slug");
        for (List<Translations<Lesson>> list : lessonsOfCourse.values()) {
            checkUnique(list, l -> l.original().slug(), "lesson slug");
        }
        checkUnique(posts, p -> p.original().slug(), "post slug");
        checkUnique(quizzes, q -> q.original().slug(), "quiz slug");
    }

    /** The outline of a course as shown in {@code lang}; computed once per language. */
    synchronized List<CourseOutline.Part> outline(Translations<Course> course, String lang) {
        Course shown = course.in(lang);
        return outlines.computeIfAbsent(shown.source().path(), k -> CourseOutline.of(shown, lessonsOfCourse.get(course),
                finders.get(course), true, diagnostics));
    }

    Translations<Course> courseBySlug(String slug) {
        if (slug == null) {
            return null;
        }
        return courses.stream().filter(c -> c.original().slug().equals(slug)).findFirst().orElse(null);
    }

    Translations<QuizBank> quizBySlug(String slug) {
        if (slug == null) {
            return null;
        }
        return quizzes.stream().filter(q -> q.original().slug().equals(slug)).findFirst().orElse(null);
    }

    /** The course a quiz prepares for: named by the quiz's {@code series_slug}, or naming the quiz. */
    Translations<Course> courseOfQuiz(Translations<QuizBank> quiz) {
        Translations<Course> named = courseBySlug(quiz.original().seriesSlug());
        if (named != null) {
            return named;
        }
        return courses.stream().filter(c -> quiz.original().slug().equals(c.original().quizSlug()))
                .findFirst().orElse(null);
    }

    String coursePath(Translations<Course> course) {
        Course c = course.original();
        return SitePaths.course(c.categoryDir(), c.slug());
    }

    String lessonPath(Translations<Lesson> lesson) {
        return SitePaths.lesson(courseOfLesson.get(lesson).original().slug(), lesson.original().slug());
    }

    static String tagSlug(Tag tag) {
        return tag.slug() != null && !tag.slug().isBlank() ? tag.slug() : Slugify.slug(tag.name());
    }

    /** The path of the original a translation belongs to: {@code x.en.md} → {@code x.md}. */
    static String originalPath(String path, String lang, String defaultLanguage) {
        if (lang.equals(defaultLanguage)) {
            return path;
        }
        int dot = path.lastIndexOf('.');
        String suffix = "." + lang;
        String base = path.substring(0, dot);
        return base.endsWith(suffix) ? base.substring(0, base.length() - suffix.length()) + path.substring(dot) : path;
    }

    private static String folderOf(String indexPath) {
        return indexPath.substring(0, indexPath.lastIndexOf('/'));
    }

    /** {@code content/series/<category>/<course>} of a lesson file anywhere below it. */
    private static String folderOfLesson(String lessonPath) {
        String[] parts = lessonPath.split("/");
        return String.join("/", java.util.Arrays.asList(parts).subList(0, Math.min(4, parts.length)));
    }

    private <T> void checkUnique(List<Translations<T>> items, java.util.function.Function<Translations<T>, String> key,
                                 String what) {
        Map<String, String> seen = new HashMap<>();
        for (Translations<T> item : items) {
            String path = pathOf(item.original());
            String previous = seen.putIfAbsent(key.apply(item), path);
            if (previous != null) {
                diagnostics.error(path, 1, 1, "duplicate " + what + " '" + key.apply(item) + "': also used by " + previous);
            }
        }
    }

    private static String pathOf(Object item) {
        if (item instanceof Course c) {
            return c.source().path();
        } else if (item instanceof Lesson l) {
            return l.source().path();
        } else if (item instanceof BlogPost p) {
            return p.source().path();
        }
        return ((QuizBank) item).source().path();
    }
}
