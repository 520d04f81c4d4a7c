package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SitePaths;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderedBody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assemble stage: from the loaded model and its rendered bodies to the plan of every page in
 * every language, with navigation, translations, cross-links and feeds.
 */
public final class AssembleStage {
    /** The order of a plan's pages, which finding a page again relies on. */
    private static final Comparator<PagePlan> PAGE_ORDER = Comparator.comparing(PagePlan::lang)
            .thenComparing(PagePlan::path);

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
        record Tree(String lang, List<PagePlan> pages, List<FeedEntry> feed, SearchIndex search, List<DocTerms> terms) {
        }
        // The language trees are independent of each other: one per core.
        List<Tree> trees = source.config().languages().parallelStream().map(lang -> {
            LanguagePages builder = new LanguagePages(index, bodies, lang, diagnostics, cache);
            List<PagePlan> built = builder.pages();
            SearchIndex searchIndex = builder.search();
            return new Tree(lang, built, builder.feed(), searchIndex, builder.searchTerms());
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
        pages.sort(PAGE_ORDER);
        if (cache != null) {
            cache.endBuild();
            Map<String, List<DocTerms>> terms = new TreeMap<>();
            trees.forEach(t -> terms.put(t.lang(), t.terms()));
            // Only a site that builds is one to assemble single lessons against later.
            cache.keep(diagnostics.hasErrors() ? null : new AssembleCache.Last(index, terms));
        }
        return new SitePlan(source.config(), pages, feeds, search, source.staticFiles(), languages,
                index.drafts.leftOutPages());
    }

    /**
     * The plan after an edit that changed only the body text of one lesson file, made from the last full
     * assembly without assembling the site again: that lesson's page in each language and its search
     * entries. Null when the edit reaches further (its ids, links, code languages or math changed, or its
     * translations' state did), and the site must be assembled as a whole.
     *
     * @param before the site as last assembled; {@code after} the same but for the edited lesson
     */
    public static SitePlan afterBodyEdit(SitePlan previous, SiteSource before, SiteSource after, String path,
                                         RenderedBody oldBody, Map<String, RenderedBody> bodies, AssembleCache cache) {
        AssembleCache.Last last = cache.last();
        RenderedBody body = bodies.get(path);
        if (last == null || body == null || !body.ids().equals(oldBody.ids())
                || !body.codeLanguages().equals(oldBody.codeLanguages()) || body.hasMath() != oldBody.hasMath()
                || !sameTargets(body, oldBody)) {
            return null;
        }
        if (!TranslationReport.staleOfLesson(before, path).equals(TranslationReport.staleOfLesson(after, path))) {
            return null;
        }
        Translations<Lesson> lesson = last.index().lessons.stream()
                .filter(l -> l.all().stream().anyMatch(v -> v.source().path().equals(path))).findFirst().orElse(null);
        Translations<Course> course = lesson == null ? null : last.index().courseOfLesson.get(lesson);
        if (course == null) {
            return null;
        }
        List<PagePlan> pages = new ArrayList<>(previous.pages());
        Map<String, SearchIndex> search = new TreeMap<>(previous.search());
        Map<String, List<DocTerms>> terms = new TreeMap<>(last.searchTerms());
        for (String lang : after.config().languages()) {
            Diagnostics quiet = new Diagnostics();
            LanguagePages.LessonAlone made = new LanguagePages(last.index(), bodies, lang, quiet, null)
                    .lessonPageAlone(course, lesson);
            int at = indexOf(pages, made.page());
            SearchIndex index = search.get(lang);
            int doc = index == null ? -1 : index.docs().indexOf(made.search().doc());
            if (!quiet.sorted().isEmpty() || at < 0 || doc < 0) {
                return null;
            }
            pages.set(at, made.page());
            List<DocTerms> counted = new ArrayList<>(terms.get(lang));
            DocTerms old = counted.set(doc, made.search().terms());
            search.put(lang, SearchIndexBuilder.update(index, old, counted, doc, made.search().text()));
            terms.put(lang, List.copyOf(counted));
        }
        cache.keep(new AssembleCache.Last(last.index(), terms));
        cache.forgetWords(oldBody.words());
        return new SitePlan(previous.config(), pages, previous.feeds(), search, previous.staticFiles(),
                previous.codeLanguages(), previous.draftPages());
    }

    /** The same links, page and fragment, in the same order: where they are in the text does not matter here. */
    private static boolean sameTargets(RenderedBody a, RenderedBody b) {
        if (a.links().size() != b.links().size()) {
            return false;
        }
        for (int i = 0; i < a.links().size(); i++) {
            if (!Objects.equals(a.links().get(i).path(), b.links().get(i).path())
                    || !Objects.equals(a.links().get(i).fragment(), b.links().get(i).fragment())) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code page}'s address is in {@code pages}, which are sorted by language and path. */
    private static int indexOf(List<PagePlan> pages, PagePlan page) {
        int at = Collections.binarySearch(pages, page, PAGE_ORDER);
        return at >= 0 ? at : -1;
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
            p.all().forEach(v -> v.tags().forEach(t -> paths.add(SitePaths.tag(t.slug()))));
        }
        index.courses.forEach(c -> c.all().forEach(v -> v.tags().forEach(t -> paths.add(SitePaths.tag(t.slug())))));
        index.quizzes.forEach(q -> q.all().forEach(v -> v.tags().forEach(t -> paths.add(SitePaths.tag(t.slug())))));
        return paths;
    }
}
