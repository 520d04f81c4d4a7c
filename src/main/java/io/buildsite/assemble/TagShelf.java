package io.buildsite.assemble;

import io.buildsite.assemble.Views.CourseCard;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What carries each tag in one language, filled while the cards of courses, posts and quizzes are made. */
final class TagShelf {
    /** Tag slug → its cards, in slug order. */
    private final Map<String, Tagged> bySlug = new TreeMap<>();

    record Tagged(String name, List<CourseCard> courses, List<PostCard> posts, List<QuizCard> quizzes) {
        int count() {
            return courses.size() + posts.size() + quizzes.size();
        }
    }

    void addCourse(List<Tag> tags, CourseCard card) {
        tags.forEach(tag -> of(tag).courses().add(card));
    }

    void addPost(List<Tag> tags, PostCard card) {
        tags.forEach(tag -> of(tag).posts().add(card));
    }

    void addQuiz(List<Tag> tags, QuizCard card) {
        tags.forEach(tag -> of(tag).quizzes().add(card));
    }

    Map<String, Tagged> bySlug() {
        return bySlug;
    }

    private Tagged of(Tag tag) {
        return bySlug.computeIfAbsent(tag.slug(),
                slug -> new Tagged(tag.name(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }
}
