package io.buildsite.assemble;

import io.buildsite.assemble.Views.CategoryGroup;
import io.buildsite.assemble.Views.CourseView;
import io.buildsite.assemble.Views.LessonView;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.PostView;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.assemble.Views.QuizView;
import io.buildsite.assemble.Views.TagSummary;
import io.buildsite.assemble.Views.TagView;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * What one kind of page shows, beside what every page has. Its theme template is named by
 * {@link #template()} and reads each component as a variable of the same name (see docs/templates.md).
 */
public sealed interface PageContent {
    /** The theme template that shows this content, without {@code .peb}. */
    default String template() {
        return ContentTemplates.of(getClass());
    }

    /** Names the theme template that shows a kind of content. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Template {
        String value();
    }

    @Template("home")
    record Home(List<CategoryGroup> categories, List<PostCard> posts, List<QuizCard> quizzes) implements PageContent {
    }

    @Template("series")
    record Series(List<CategoryGroup> categories) implements PageContent {
    }

    @Template("quizzes")
    record QuizList(List<QuizCard> quizzes) implements PageContent {
    }

    @Template("blog")
    record Blog(List<PostCard> posts) implements PageContent {
    }

    @Template("tags")
    record TagList(List<TagSummary> tags) implements PageContent {
    }

    @Template("tag")
    record TagPage(TagView tag) implements PageContent {
    }

    @Template("404")
    record NotFound() implements PageContent {
    }

    @Template("course")
    record CoursePage(CourseView course) implements PageContent {
    }

    @Template("lesson")
    record LessonPage(LessonView lesson) implements PageContent {
    }

    @Template("quiz")
    record QuizPage(QuizView quiz) implements PageContent {
    }

    @Template("post")
    record PostPage(PostView post) implements PageContent {
    }
}
