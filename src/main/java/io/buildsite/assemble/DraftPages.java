package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.ContentLayout;
import io.buildsite.load.ContentLayout.CourseFolder;
import io.buildsite.model.Course;
import io.buildsite.model.Drafts;
import io.buildsite.model.Lesson;
import io.buildsite.model.SitePaths;
import io.buildsite.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's drafts as pages. Shown, each of their pages is marked as a draft. Left out, a link to one of
 * their pages is a warning, not a broken link, and a course index's entry naming a draft lesson shows it
 * as coming soon without a warning: both are the author's choice until the draft is published.
 */
final class DraftPages {
    private final boolean shown;
    /** The drafts' files, by path. */
    private final Set<String> files = new HashSet<>();
    /** Page paths relative to a language root. */
    private final Set<String> paths = new HashSet<>();
    private final Map<CourseFolder, LessonFinder> lessonsByCourse = new HashMap<>();

    DraftPages(Drafts drafts, List<Translations<Course>> courses, String defaultLanguage) {
        shown = drafts.shown();
        drafts.courses().forEach(c -> files.add(c.source().path()));
        drafts.lessons().forEach(l -> files.add(l.source().path()));
        drafts.posts().forEach(p -> files.add(p.source().path()));
        drafts.quizzes().forEach(q -> files.add(q.source().path()));
        Map<CourseFolder, String> courseSlugs = new HashMap<>();
        courses.forEach(c -> courseSlugs.put(SiteIndex.folderOf(c), c.original().slug()));
        for (Course course : drafts.courses()) {
            if (course.lang().equals(defaultLanguage)) {
                paths.add(SitePaths.course(course.categoryDir(), course.slug()));
                courseSlugs.put(ContentLayout.courseFolderOf(course.source().path()), course.slug());
            }
        }
        Map<CourseFolder, List<Translations<Lesson>>> lessons = new HashMap<>();
        for (Translations<Lesson> lesson : Translations.group(drafts.lessons(),
                l -> Source.originalPath(l.source().path(), l.lang(), defaultLanguage), Lesson::lang, defaultLanguage)) {
            CourseFolder folder = ContentLayout.courseFolderOf(lesson.original().source().path());
            String courseSlug = courseSlugs.get(folder);
            if (lesson.originalLang().equals(defaultLanguage) && courseSlug != null) {
                paths.add(SitePaths.lesson(courseSlug, lesson.original().slug()));
                lessons.computeIfAbsent(folder, f -> new ArrayList<>()).add(lesson);
            }
        }
        lessons.forEach((folder, list) -> lessonsByCourse.put(folder, new LessonFinder(list)));
        drafts.posts().stream().filter(p -> p.lang().equals(defaultLanguage))
                .forEach(p -> paths.add(SitePaths.post(p.slug())));
        drafts.quizzes().stream().filter(q -> q.lang().equals(defaultLanguage))
                .forEach(q -> paths.add(SitePaths.quiz(q.slug())));
    }

    /** Whether the page a content file makes is to be marked as a draft's. */
    boolean marks(String sourcePath) {
        return shown && files.contains(sourcePath);
    }

    /** Whether {@code path} (relative to a language root) is the page of a draft left out of this build. */
    boolean leftOut(String path) {
        return !shown && paths.contains(path);
    }

    /** The pages of the drafts left out of this build, relative to a language root. */
    Set<String> leftOutPages() {
        return shown ? Set.of() : Set.copyOf(paths);
    }

    /** Whether {@code ref}, as a course index or a quiz names a lesson, names a draft lesson of that course, left out. */
    boolean namesLesson(Translations<Course> course, String ref) {
        LessonFinder finder = shown ? null : lessonsByCourse.get(SiteIndex.folderOf(course));
        return finder != null && finder.find(ref, "", 0, new Diagnostics()) != null;
    }
}
