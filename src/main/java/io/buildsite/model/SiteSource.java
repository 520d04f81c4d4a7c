package io.buildsite.model;

import java.util.List;

/** Everything the load stage read: the input of every later stage. */
public record SiteSource(
        SiteConfig config,
        List<Course> courses,
        List<Lesson> lessons,
        List<BlogPost> posts,
        List<QuizBank> quizzes,
        List<QuizListing> quizListing,
        List<StaticFile> staticFiles) {

    public SiteSource {
        courses = List.copyOf(courses);
        lessons = List.copyOf(lessons);
        posts = List.copyOf(posts);
        quizzes = List.copyOf(quizzes);
        quizListing = List.copyOf(quizListing);
        staticFiles = List.copyOf(staticFiles);
    }
}
