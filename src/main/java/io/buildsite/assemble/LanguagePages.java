package io.buildsite.assemble;

import io.buildsite.assemble.Views.CourseCard;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.render.RenderedBody;

import java.util.List;
import java.util.Map;

/**
 * Assembles the pages of one language tree, a family at a time: courses and lessons, quizzes, posts,
 * then the lists of them all. The search index takes the pages in that order.
 */
final class LanguagePages {
    private final LanguageTree tree;
    private final QuizPages quizzes;
    private final CoursePages courses;

    LanguagePages(SiteIndex index, Map<String, RenderedBody> bodies, String lang, Diagnostics diagnostics,
                  AssembleCache cache) {
        this.tree = new LanguageTree(index, bodies, lang, diagnostics, cache);
        this.quizzes = new QuizPages(tree);
        this.courses = new CoursePages(tree, quizzes);
    }

    List<PagePlan> pages() {
        List<CourseCard> courseCards = courses.all();
        List<QuizCard> quizCards = quizzes.all();
        List<PostCard> postCards = new BlogPages(tree).all();
        new ListPages(tree).add(courseCards, quizCards, postCards);
        return tree.pages();
    }

    /** The search index of this language; call after {@link #pages()}. */
    SearchIndex search() {
        return tree.search().build();
    }

    /** The words of each searchable page, in index order; call after {@link #search()}. */
    List<DocTerms> searchTerms() {
        return tree.search().counted();
    }

    List<FeedEntry> feed() {
        return FeedEntries.of(tree.index, tree.lang);
    }

    /** One lesson's page in this language, made alone exactly as {@link #pages()} makes it, and its search entry. */
    record LessonAlone(PagePlan page, SearchIndexBuilder.Entry search) {
    }

    /** Call on a fresh instance: the lesson's page is then the only page and search entry made. */
    LessonAlone lessonPageAlone(Translations<Course> course, Translations<Lesson> lesson) {
        courses.lessonPage(course, lesson);
        List<PagePlan> made = tree.pages();
        if (made.size() != 1) {
            throw new IllegalStateException("a lesson made alone must be the only page made, not " + made.size());
        }
        return new LessonAlone(made.get(0), tree.search().only());
    }
}
