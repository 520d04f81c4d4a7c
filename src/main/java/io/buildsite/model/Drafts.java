package io.buildsite.model;

import java.util.List;

/**
 * What a build without {@code --drafts} leaves out: the drafts, their translations, the lessons of a
 * draft course and the quiz bank made for it. Kept beside the site so that its pages can be marked as
 * drafts when they are shown, and so that, when they are not, what points at them (a course index's
 * entry, a link) is told apart from what points at nothing. Lessons are kept without their bodies.
 *
 * @param shown whether the site holds them too (a preview, or {@code --drafts}) or they are left out
 */
public record Drafts(List<Course> courses, List<Lesson> lessons, List<BlogPost> posts, List<QuizBank> quizzes,
                     boolean shown) {
    /** A site without drafts. */
    public static final Drafts NONE = new Drafts(List.of(), List.of(), List.of(), List.of(), true);

    public Drafts {
        courses = List.copyOf(courses);
        lessons = List.copyOf(lessons);
        posts = List.copyOf(posts);
        quizzes = List.copyOf(quizzes);
    }
}
