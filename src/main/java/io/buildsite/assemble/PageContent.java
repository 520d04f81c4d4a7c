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

import java.util.List;

/**
 * What one kind of page shows, beside what every page has. Its theme template is named by
 * {@link #template()} and reads each component as a variable of the same name (see docs/templates.md).
 */
public sealed interface PageContent {
    /** The theme template that shows this content, without {@code .peb}. */
    String template();

    record Home(List<CategoryGroup> categories, List<PostCard> posts, List<QuizCard> quizzes) implements PageContent {
        public String template() {
            return "home";
        }
    }

    record Series(List<CategoryGroup> categories) implements PageContent {
        public String template() {
            return "series";
        }
    }

    record QuizList(List<QuizCard> quizzes) implements PageContent {
        public String template() {
            return "quizzes";
        }
    }

    record Blog(List<PostCard> posts) implements PageContent {
        public String template() {
            return "blog";
        }
    }

    record TagList(List<TagSummary> tags) implements PageContent {
        public String template() {
            return "tags";
        }
    }

    record TagPage(TagView tag) implements PageContent {
        public String template() {
            return "tag";
        }
    }

    record NotFound() implements PageContent {
        public String template() {
            return "404";
        }
    }

    record CoursePage(CourseView course) implements PageContent {
        public String template() {
            return "course";
        }
    }

    record LessonPage(LessonView lesson) implements PageContent {
        public String template() {
            return "lesson";
        }
    }

    record QuizPage(QuizView quiz) implements PageContent {
        public String template() {
            return "quiz";
        }
    }

    record PostPage(PostView post) implements PageContent {
        public String template() {
            return "post";
        }
    }
}
