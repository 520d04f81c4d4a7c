package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.ContentLayout;
import io.buildsite.load.ContentLayout.CourseFolder;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
import io.buildsite.model.SitePaths;
import io.buildsite.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The site's content grouped into translations and linked together: courses with their lessons and
 * outlines, quizzes with their courses. Built once; every page is assembled from it.
 */
final class SiteIndex {
    final SiteSource source;
    final List<Translations<Course>> courses;
    /** Lessons that belong to a loaded course, in a stable order. */
    final List<Translations<Lesson>> lessons;
    final List<Translations<BlogPost>> posts;
    final List<Translations<QuizBank>> quizzes;
    final Map<Translations<Course>, List<Translations<Lesson>>> lessonsOfCourse = new LinkedHashMap<>();
    final Map<Translations<Course>, LessonFinder> finders = new HashMap<>();
    final Map<Translations<Lesson>, Translations<Course>> courseOfLesson = new HashMap<>();
    final FailedFiles failed;
    /** The pages of the drafts this build leaves out. */
    final DraftPages drafts;
    private final Map<String, List<CourseOutline.Part>> outlines = new HashMap<>();
    private final Diagnostics diagnostics;

    SiteIndex(SiteSource source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
        List<String> dropped = new ArrayList<>(source.failedFiles());
        String def = source.config().defaultLanguage();
        courses = unique(Translations.group(source.courses(), c -> Source.originalPath(c.source().path(), c.lang(), def),
                Course::lang, def), c -> c.slug(), "course slug", dropped);
        List<Translations<Lesson>> allLessons = Translations.group(source.lessons(),
                l -> Source.originalPath(l.source().path(), l.lang(), def), Lesson::lang, def);
        posts = unique(Translations.group(source.posts(), p -> Source.originalPath(p.source().path(), p.lang(), def),
                BlogPost::lang, def), p -> p.slug(), "post slug", dropped);
        quizzes = unique(Translations.group(source.quizzes(), q -> Source.originalPath(q.source().path(), q.lang(), def),
                QuizBank::lang, def), q -> q.slug(), "quiz slug", dropped);
        Map<CourseFolder, Translations<Course>> byFolder = new HashMap<>();
        Map<Translations<Course>, List<Translations<Lesson>>> found = new LinkedHashMap<>();
        for (Translations<Course> course : courses) {
            byFolder.put(folderOf(course), course);
            found.put(course, new ArrayList<>());
        }
        for (Translations<Lesson> lesson : allLessons) {
            Translations<Course> course = byFolder.get(ContentLayout.courseFolderOf(lesson.original().source().path()));
            if (course != null) { // else reported by the load stage, or its course failed to load
                found.get(course).add(lesson);
            }
        }
        List<Translations<Lesson>> kept = new ArrayList<>();
        found.forEach((course, list) -> {
            List<Translations<Lesson>> unique = unique(list, l -> l.slug(), "lesson slug", dropped);
            unique(unique.stream().filter(l -> l.original().id() != null).toList(), l -> l.id(), "lesson id", dropped);
            lessonsOfCourse.put(course, unique);
            finders.put(course, new LessonFinder(unique));
            unique.forEach(l -> courseOfLesson.put(l, course));
            kept.addAll(unique);
        });
        lessons = List.copyOf(kept);
        failed = new FailedFiles(dropped, ContentLayout.of(source.config()));
        drafts = new DraftPages(source.drafts(), courses, def);
        List<TagSlugs.Tagged> tagged = new ArrayList<>();
        courses.forEach(c -> c.all().forEach(v -> tagged.add(new TagSlugs.Tagged(v.source().path(), v.lang(), v.tags()))));
        posts.forEach(p -> p.all().forEach(v -> tagged.add(new TagSlugs.Tagged(v.source().path(), v.lang(), v.tags()))));
        quizzes.forEach(q -> q.all().forEach(v -> tagged.add(new TagSlugs.Tagged(v.source().path(), v.lang(), v.tags()))));
        TagSlugs.check(tagged, diagnostics);
    }

    /** The outline of a course as shown in {@code lang}; computed once per language. */
    synchronized List<CourseOutline.Part> outline(Translations<Course> course, String lang) {
        Course shown = course.in(lang);
        boolean lessonFailed = failed.lessonFailedIn(folderOf(course).path());
        return outlines.computeIfAbsent(shown.source().path(), k -> CourseOutline.of(shown, lessonsOfCourse.get(course),
                finders.get(course), ref -> drafts.namesLesson(course, ref), !lessonFailed, diagnostics));
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

    /** The folder that holds the course's index and its lessons. */
    static CourseFolder folderOf(Translations<Course> course) {
        return ContentLayout.courseFolderOf(course.original().source().path());
    }

    /**
     * The items whose key is not taken by an earlier one; a later duplicate is reported, left out of the
     * site (as if it had failed to load) and added to {@code dropped}.
     */
    private <T> List<Translations<T>> unique(List<Translations<T>> items, Function<T, String> key,
                                             String what, List<String> dropped) {
        Map<String, String> seen = new HashMap<>();
        List<Translations<T>> kept = new ArrayList<>();
        for (Translations<T> item : items) {
            String path = pathOf(item.original());
            String value = key.apply(item.original());
            String previous = seen.putIfAbsent(value, path);
            if (previous == null) {
                kept.add(item);
            } else {
                diagnostics.error(path, 1, 1, "duplicate " + what + " '" + value + "': also used by " + previous);
                dropped.add(path);
            }
        }
        return kept;
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
