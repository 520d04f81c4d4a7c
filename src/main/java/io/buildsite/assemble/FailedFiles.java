package io.buildsite.assemble;

import io.buildsite.model.SitePaths;

import java.util.List;

/**
 * Content files that failed to load were reported once; a link to the page one of them would have
 * made, or a reference to it, is not reported again as a second, derived problem.
 */
final class FailedFiles {
    private final List<String> paths;

    FailedFiles(List<String> paths) {
        this.paths = paths;
    }

    /** True when {@code pagePath} could be the page of a file that failed to load. */
    boolean mayHaveMade(String pagePath, SiteIndex index) {
        if (paths.isEmpty()) {
            return false;
        }
        if (pagePath.startsWith("lessons/")) {
            String courseSlug = pagePath.split("/")[1];
            return paths.stream().anyMatch(p -> p.startsWith("content/series/") && inCourse(p, courseSlug, index));
        }
        if (pagePath.startsWith(SitePaths.SERIES)) {
            return paths.stream().anyMatch(p -> p.startsWith("content/series/"));
        }
        if (pagePath.startsWith(SitePaths.BLOG)) {
            return paths.stream().anyMatch(p -> p.startsWith("content/blog/"));
        }
        if (pagePath.startsWith(SitePaths.QUIZZES)) {
            return paths.stream().anyMatch(p -> p.startsWith("data/quizzes/"));
        }
        return false;
    }

    /** True when a quiz bank failed to load: it may be the one a course names (its slug is unknown). */
    boolean anyQuiz() {
        return paths.stream().anyMatch(p -> p.startsWith("data/quizzes/"));
    }

    /** True when a course index failed to load: a course named by slug may be that one. */
    boolean anyCourse() {
        return paths.stream().anyMatch(p -> p.matches("content/series/[^/]+/[^/]+/index(\\.[a-z-]+)?\\.md"));
    }

    /** True when a lesson file of the course in {@code courseFolder} failed to load. */
    boolean lessonFailedIn(String courseFolder) {
        return paths.stream().anyMatch(p -> p.startsWith(courseFolder + "/"));
    }

    private static boolean inCourse(String failedPath, String courseSlug, SiteIndex index) {
        String[] parts = failedPath.split("/");
        if (parts.length < 5) {
            return false;
        }
        String folder = String.join("/", parts[0], parts[1], parts[2], parts[3]);
        return index.courses.stream().noneMatch(c -> c.original().source().path().startsWith(folder + "/"))
                || index.courses.stream().anyMatch(c -> c.original().source().path().startsWith(folder + "/")
                && c.original().slug().equals(courseSlug));
    }
}
