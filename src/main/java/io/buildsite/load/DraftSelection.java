package io.buildsite.load;

import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Drafts;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
import io.buildsite.model.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which of a site's content is a draft, left out of a build unless {@code --drafts}. A draft's
 * translations go with it (the author has not published what they translate), a draft translation
 * alone leaves its original in that language with the "not yet translated" notice, and a draft course
 * takes its lessons and the quiz bank made for it along.
 */
public final class DraftSelection {
    private final String defaultLanguage;
    /** The files of the originals marked as drafts. */
    private final Set<String> draftOriginals = new HashSet<>();
    private final Set<ContentLayout.CourseFolder> draftCourseFolders = new HashSet<>();

    private DraftSelection(SiteSource site) {
        defaultLanguage = site.config().defaultLanguage();
        site.courses().stream().filter(Course::draft).filter(c -> c.lang().equals(defaultLanguage)).forEach(c -> {
            draftOriginals.add(c.source().path());
            draftCourseFolders.add(ContentLayout.courseFolderOf(c.source().path()));
        });
        site.lessons().stream().filter(l -> l.draft() && l.lang().equals(defaultLanguage))
                .forEach(l -> draftOriginals.add(l.source().path()));
        site.posts().stream().filter(p -> p.draft() && p.lang().equals(defaultLanguage))
                .forEach(p -> draftOriginals.add(p.source().path()));
    }

    /**
     * The site with its drafts told apart in its {@link SiteSource#drafts()}.
     *
     * @param shown whether they stay in the site (a preview, {@code --drafts}) or are left out (a build)
     */
    public static SiteSource of(SiteSource site, boolean shown) {
        DraftSelection selection = new DraftSelection(site);
        List<Course> courses = new ArrayList<>();
        List<Course> draftCourses = selection.split(site.courses(), Course::draft,
                c -> selection.original(c.source(), c.lang()), courses);
        List<Lesson> lessons = new ArrayList<>();
        List<Lesson> draftLessons = selection.split(site.lessons(), l -> l.draft() || selection.inDraftCourse(l),
                l -> selection.original(l.source(), l.lang()), lessons);
        List<BlogPost> posts = new ArrayList<>();
        List<BlogPost> draftPosts = selection.split(site.posts(), BlogPost::draft,
                p -> selection.original(p.source(), p.lang()), posts);
        List<Course> originals = site.courses().stream().filter(c -> c.lang().equals(selection.defaultLanguage))
                .sorted(Comparator.comparing(c -> c.source().path())).toList();
        List<QuizBank> quizzes = new ArrayList<>();
        List<QuizBank> draftQuizzes = selection.split(site.quizzes(), q -> ofDraftCourse(q, originals), q -> null,
                quizzes);
        Drafts drafts = new Drafts(draftCourses, draftLessons.stream().map(Lesson::withoutBody).toList(), draftPosts,
                draftQuizzes, shown);
        if (shown) {
            return new SiteSource(site.config(), site.courses(), site.lessons(), site.posts(), site.quizzes(),
                    site.quizListing(), site.staticFiles(), site.failedFiles(), drafts);
        }
        return new SiteSource(site.config(), courses, lessons, posts, quizzes, site.quizListing(), site.staticFiles(),
                site.failedFiles(), drafts);
    }

    /**
     * Adds the items a build keeps to {@code kept}; gives those it leaves out: drafts, and translations of
     * drafts.
     */
    private <T> List<T> split(List<T> items, Predicate<T> draft, Function<T, String> originalPath, List<T> kept) {
        List<T> left = new ArrayList<>();
        for (T item : items) {
            boolean out = draft.test(item) || draftOriginals.contains(originalPath.apply(item));
            (out ? left : kept).add(item);
        }
        return left;
    }

    private String original(Source source, String lang) {
        return Source.originalPath(source.path(), lang, defaultLanguage);
    }

    private boolean inDraftCourse(Lesson lesson) {
        return draftCourseFolders.contains(ContentLayout.courseFolderOf(lesson.source().path()));
    }

    /** Whether the course a bank is made for (as the quiz page finds it) is a draft. */
    private static boolean ofDraftCourse(QuizBank bank, List<Course> courses) {
        return courses.stream().filter(c -> c.slug().equals(bank.seriesSlug())).findFirst()
                .or(() -> courses.stream().filter(c -> Objects.equals(bank.slug(), c.quizSlug())).findFirst())
                .map(Course::draft).orElse(false);
    }
}
