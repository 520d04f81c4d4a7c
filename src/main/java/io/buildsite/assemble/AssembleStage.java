package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
import io.buildsite.model.SitePaths;
import io.buildsite.render.RenderedBody;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assemble stage: from the loaded model and its rendered bodies to the plan of every page in
 * every language, with navigation, translations, cross-links and feeds.
 */
public final class AssembleStage {
    private AssembleStage() {
    }

    public static SitePlan assemble(SiteSource source, Map<String, RenderedBody> bodies, Diagnostics diagnostics) {
        return assemble(source, bodies, diagnostics, null);
    }

    /** As {@link #assemble(SiteSource, Map, Diagnostics)}, reusing what {@code cache} holds (may be null). */
    public static SitePlan assemble(SiteSource source, Map<String, RenderedBody> bodies, Diagnostics diagnostics,
                                    AssembleCache cache) {
        SiteIndex index = new SiteIndex(source, diagnostics);
        List<PagePlan> pages = new ArrayList<>();
        Map<String, List<FeedEntry>> feeds = new TreeMap<>();
        Map<String, SearchIndex> search = new TreeMap<>();
        record Tree(String lang, List<PagePlan> pages, List<FeedEntry> feed, SearchIndex search) {
        }
        // The language trees are independent of each other: one per core.
        List<Tree> trees = source.config().languages().parallelStream().map(lang -> {
            PageBuilder builder = new PageBuilder(index, bodies, lang, diagnostics, cache);
            List<PagePlan> built = builder.pages();
            return new Tree(lang, built, builder.feed(), builder.search());
        }).toList();
        for (Tree tree : trees) {
            pages.addAll(tree.pages());
            feeds.put(tree.lang(), tree.feed());
            search.put(tree.lang(), tree.search());
        }
        new LinkChecker(index, bodies, diagnostics).check();
        TranslationReport.warnStale(source, diagnostics);
        TreeSet<String> languages = new TreeSet<>();
        bodies.values().forEach(b -> languages.addAll(b.codeLanguages()));
        pages.sort(Comparator.comparing(PagePlan::lang).thenComparing(PagePlan::path));
        if (cache != null) {
            cache.endBuild();
        }
        return new SitePlan(source.config(), pages, feeds, search, source.staticFiles(), languages);
    }

    /** The pages a body may link to (relative to a language root), for {@link LinkChecker}. */
    static List<String> pagePaths(SiteIndex index) {
        List<String> paths = new ArrayList<>(List.of(SitePaths.HOME, SitePaths.SERIES, SitePaths.QUIZZES,
                SitePaths.BLOG, SitePaths.TAGS));
        for (Translations<Course> c : index.courses) {
            paths.add(index.coursePath(c));
        }
        for (Translations<Lesson> l : index.lessons) {
            if (index.courseOfLesson.containsKey(l)) {
                paths.add(index.lessonPath(l));
            }
        }
        for (Translations<QuizBank> q : index.quizzes) {
            paths.add(SitePaths.quiz(q.original().slug()));
        }
        for (Translations<BlogPost> p : index.posts) {
            paths.add(SitePaths.post(p.original().slug()));
            p.all().forEach(v -> v.tags().forEach(t -> paths.add(SitePaths.tag(SiteIndex.tagSlug(t)))));
        }
        index.courses.forEach(c -> c.all().forEach(v -> v.tags().forEach(t -> paths.add(SitePaths.tag(SiteIndex.tagSlug(t))))));
        index.quizzes.forEach(q -> q.all().forEach(v -> v.tags().forEach(t -> paths.add(SitePaths.tag(SiteIndex.tagSlug(
                new io.buildsite.model.Tag(t, null)))))));
        return paths;
    }
}
