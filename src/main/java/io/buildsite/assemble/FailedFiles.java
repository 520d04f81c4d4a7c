package io.buildsite.assemble;

import io.buildsite.load.ContentLayout;
import io.buildsite.load.ContentLayout.CourseFolder;
import io.buildsite.model.Course;
import io.buildsite.model.SitePaths;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Content files that failed to load were reported once; a link to the page one of them would have
 * made, or a reference to it, is not reported again as a second, derived problem.
 */
final class FailedFiles {
    private final List<String> paths;
    /** What each failed file was, in the order of {@link #paths}. */
    private final List<ContentLayout.Place> places;

    FailedFiles(List<String> paths, ContentLayout layout) {
        this.paths = paths;
        this.places = paths.stream().map(layout::place).toList();
    }

    /** True when {@code pagePath} could be the page of a file that failed to load. */
    boolean mayHaveMade(String pagePath, SiteIndex index) {
        if (paths.isEmpty()) {
            return false;
        }
        if (pagePath.startsWith("lessons/")) {
            String courseSlug = pagePath.split("/")[1];
            return courseFolders().anyMatch(folder -> inCourse(folder, courseSlug, index));
        }
        if (pagePath.startsWith(SitePaths.SERIES)) {
            return courseFolders().findAny().isPresent();
        }
        if (pagePath.startsWith(SitePaths.BLOG)) {
            return places.stream().anyMatch(ContentLayout.PostFile.class::isInstance);
        }
        if (pagePath.startsWith(SitePaths.QUIZZES)) {
            return anyQuiz();
        }
        return false;
    }

    /** True when a quiz bank failed to load: it may be the one a course names (its slug is unknown). */
    boolean anyQuiz() {
        return places.stream().anyMatch(ContentLayout.QuizBankFile.class::isInstance);
    }

    /** True when a course index failed to load: a course named by slug may be that one. */
    boolean anyCourse() {
        return places.stream().anyMatch(ContentLayout.CourseIndex.class::isInstance);
    }

    /** True when a file of the course in {@code courseFolder} (its {@link CourseFolder#path()}) failed to load. */
    boolean lessonFailedIn(String courseFolder) {
        return courseFolders().anyMatch(folder -> folder.path().equals(courseFolder));
    }

    /** The course folders of the course indexes and lessons that failed to load. */
    private Stream<CourseFolder> courseFolders() {
        return paths.stream().map(ContentLayout::courseFolderOf).filter(Objects::nonNull);
    }

    /** Whether the course in {@code folder} is the one with {@code courseSlug}, or one that failed to load. */
    private static boolean inCourse(CourseFolder folder, String courseSlug, SiteIndex index) {
        List<Course> inFolder = index.courses.stream().filter(c -> SiteIndex.folderOf(c).equals(folder))
                .map(Translations::original).toList();
        return inFolder.isEmpty() || inFolder.stream().anyMatch(c -> c.slug().equals(courseSlug));
    }
}
