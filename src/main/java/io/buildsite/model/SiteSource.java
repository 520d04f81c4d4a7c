package io.buildsite.model;

import java.util.List;

/**
 * Everything the load stage read: the input of every later stage.
 *
 * @param failedFiles content files that could not be read (already reported); later stages stay quiet
 *                    about what merely follows from their absence
 * @param drafts      the site's drafts, shown or left out
 */
public record SiteSource(
        SiteConfig config,
        List<Course> courses,
        List<Lesson> lessons,
        List<BlogPost> posts,
        List<QuizBank> quizzes,
        List<QuizListing> quizListing,
        List<StaticFile> staticFiles,
        List<String> failedFiles,
        Drafts drafts) {

    public SiteSource {
        courses = List.copyOf(courses);
        lessons = List.copyOf(lessons);
        posts = List.copyOf(posts);
        quizzes = List.copyOf(quizzes);
        quizListing = List.copyOf(quizListing);
        staticFiles = List.copyOf(staticFiles);
        failedFiles = List.copyOf(failedFiles);
    }

    /** A site whose drafts are not told apart. */
    public SiteSource(SiteConfig config, List<Course> courses, List<Lesson> lessons, List<BlogPost> posts,
                      List<QuizBank> quizzes, List<QuizListing> quizListing, List<StaticFile> staticFiles,
                      List<String> failedFiles) {
        this(config, courses, lessons, posts, quizzes, quizListing, staticFiles, failedFiles, Drafts.NONE);
    }

    /**
     * The same site without lesson bodies: what the stages after rendering need. Lesson bodies are most
     * of a site's text; a full build lets them go once they are rendered.
     */
    public SiteSource withoutLessonBodies() {
        return new SiteSource(config, courses, lessons.stream().map(Lesson::withoutBody).toList(), posts, quizzes,
                quizListing, staticFiles, failedFiles, drafts);
    }
}
