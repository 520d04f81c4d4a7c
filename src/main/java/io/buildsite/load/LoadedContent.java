package io.buildsite.load;

import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SiteSource;
import io.buildsite.model.StaticFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The site's content gathered file by file, in the order the files were walked, until it is a {@link SiteSource}. */
final class LoadedContent {
    private final List<Course> courses = new ArrayList<>();
    private final List<Lesson> lessons = new ArrayList<>();
    private final List<BlogPost> posts = new ArrayList<>();
    private final List<QuizBank> quizzes = new ArrayList<>();
    private final List<StaticFile> staticFiles = new ArrayList<>();

    List<Course> courses() {
        return courses;
    }

    List<Lesson> lessons() {
        return lessons;
    }

    List<BlogPost> posts() {
        return posts;
    }

    List<QuizBank> quizzes() {
        return quizzes;
    }

    List<StaticFile> staticFiles() {
        return staticFiles;
    }

    /** Gives the courses, lessons and posts their front matter does not date the date {@code dateOf} their path. */
    void dateBy(Function<String, String> dateOf) {
        courses.replaceAll(c -> c.updated() != null ? c : c.withUpdated(dateOf.apply(c.source().path())));
        lessons.replaceAll(l -> l.updated() != null ? l : l.withUpdated(dateOf.apply(l.source().path())));
        posts.replaceAll(p -> p.updated() != null ? p : p.withUpdated(dateOf.apply(p.source().path())));
    }

    /** @param failed the files that make pages and failed to load */
    SiteSource toSource(SiteConfig config, List<QuizListing> listing, Collection<String> failed) {
        staticFiles.sort(Comparator.comparing(StaticFile::outputPath).thenComparing(StaticFile::source));
        return new SiteSource(config, courses, lessons, posts, quizzes, listing, staticFiles,
                failed.stream().sorted().toList());
    }
}
