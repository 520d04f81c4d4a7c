package io.buildsite.load;

import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.StaticFile;

/** What reading one file of the site gave, kept as it is by the {@link LoadCache} between builds. */
sealed interface LoadedFile {
    /** Adds the item to the site's content of its kind. */
    void addTo(LoadedContent content);

    record CourseItem(Course course) implements LoadedFile {
        @Override
        public void addTo(LoadedContent content) {
            content.courses().add(course);
        }
    }

    record LessonItem(Lesson lesson) implements LoadedFile {
        @Override
        public void addTo(LoadedContent content) {
            content.lessons().add(lesson);
        }
    }

    record PostItem(BlogPost post) implements LoadedFile {
        @Override
        public void addTo(LoadedContent content) {
            content.posts().add(post);
        }
    }

    record QuizBankItem(QuizBank bank) implements LoadedFile {
        @Override
        public void addTo(LoadedContent content) {
            content.quizzes().add(bank);
        }
    }

    /** A file of {@code content/} published beside the lessons. */
    record MediaItem(StaticFile file) implements LoadedFile {
        @Override
        public void addTo(LoadedContent content) {
            content.staticFiles().add(file);
        }
    }
}
