package io.buildsite.assemble;

import io.buildsite.assemble.PagePlan.Crumb;
import io.buildsite.assemble.Views.CategoryGroup;
import io.buildsite.assemble.Views.CourseCard;
import io.buildsite.assemble.Views.CourseView;
import io.buildsite.assemble.Views.DomainView;
import io.buildsite.assemble.Views.LessonEntry;
import io.buildsite.assemble.Views.LessonView;
import io.buildsite.assemble.Views.LinkRef;
import io.buildsite.assemble.Views.OptionView;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.PostView;
import io.buildsite.assemble.Views.QuestionView;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.assemble.Views.QuizView;
import io.buildsite.assemble.Views.SectionView;
import io.buildsite.assemble.Views.TagRef;
import io.buildsite.assemble.Views.TagSummary;
import io.buildsite.assemble.Views.TagView;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.LessonLink;
import io.buildsite.model.PackedText;
import io.buildsite.model.Question;
import io.buildsite.model.QuizBank;
import io.buildsite.model.QuizDomain;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SitePaths;
import io.buildsite.model.Tag;
import io.buildsite.render.RenderedBody;
import io.buildsite.text.CountedWords;
import io.buildsite.text.Slugify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Assembles the pages of one language tree. */
final class PageBuilder {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SiteIndex index;
    private final Map<String, RenderedBody> bodies;
    private final String lang;
    private final Diagnostics diagnostics;
    private final List<PagePlan> pages = new ArrayList<>();
    /** Tag slug → what carries it in this language, filled while cards are made. */
    private final Map<String, TagBucket> tags = new TreeMap<>();
    private final SearchIndexBuilder search = new SearchIndexBuilder();

    private record TagBucket(String name, List<CourseCard> courses, List<PostCard> posts, List<QuizCard> quizzes) {
    }

    private final AssembleCache cache;
    private final Map<Translations<Course>, List<SectionView>> outlines = new java.util.HashMap<>();

    PageBuilder(SiteIndex index, Map<String, RenderedBody> bodies, String lang, Diagnostics diagnostics,
                AssembleCache cache) {
        this.index = index;
        this.cache = cache;
        this.bodies = bodies;
        this.lang = lang;
        this.diagnostics = diagnostics;
    }

    List<PagePlan> pages() {
        List<CourseCard> courseCards = new ArrayList<>();
        for (Translations<Course> course : index.courses) {
            courseCards.add(coursePage(course));
            for (Translations<Lesson> lesson : index.lessonsOfCourse.get(course)) {
                lessonPage(course, lesson);
            }
        }
        List<String> listed = index.source.quizListing().stream().map(QuizListing::slug).toList();
        List<QuizCard> quizCards = index.quizzes.stream()
                .sorted(Comparator.comparing((Translations<QuizBank> q) -> listed.contains(q.original().slug())
                        ? listed.indexOf(q.original().slug()) : listed.size()))
                .map(this::quizPage)
                .toList();
        List<PostCard> postCards = index.posts.stream()
                .map(this::postPage)
                .sorted(Comparator.comparing((PostCard p) -> Objects.requireNonNullElse(p.dateIso(), ""))
                        .reversed().thenComparing(PostCard::path))
                .toList();
        List<CategoryGroup> categories = categories(courseCards);

        add(SitePaths.HOME, "home", null, "nav_home", index.source.config().descriptionIn(lang), List.of(),
                Map.of("categories", categories, "posts", postCards.subList(0, Math.min(5, postCards.size())),
                        "quizzes", quizCards));
        add(SitePaths.SERIES, "series", null, "nav_courses", null,
                List.of(home(), new Crumb(null, "nav_courses", null)), Map.of("categories", categories));
        add(SitePaths.QUIZZES, "quizzes", null, "nav_quizzes", null,
                List.of(home(), new Crumb(null, "nav_quizzes", null)), Map.of("quizzes", quizCards));
        add(SitePaths.BLOG, "blog", null, "nav_blog", null,
                List.of(home(), new Crumb(null, "nav_blog", null)), Map.of("posts", postCards));
        tagPages();
        add("404.html", "404", null, "not_found_title", null, List.of(), Map.of());
        return pages;
    }

    /** The search index of this language; call after {@link #pages()}. */
    SearchIndex search() {
        return search.build();
    }

    /** The words of each searchable page, in index order; call after {@link #search()}. */
    List<DocTerms> searchTerms() {
        return search.counted();
    }

    /** One lesson's page in this language, made alone exactly as {@link #pages()} makes it, and its search entry. */
    record LessonPage(PagePlan page, SearchIndexBuilder.Entry search) {
    }

    LessonPage lessonPageAlone(Translations<Course> course, Translations<Lesson> lesson) {
        lessonPage(course, lesson);
        return new LessonPage(pages.get(0), search.only());
    }

    List<FeedEntry> feed() {
        List<FeedEntry> entries = new ArrayList<>();
        for (Translations<BlogPost> post : index.posts) {
            BlogPost p = post.in(lang);
            entries.add(new FeedEntry(p.title(), SitePaths.post(post.original().slug()), Dates.iso(p.publishedAt()),
                    p.excerpt()));
        }
        for (Translations<Course> course : index.courses) {
            Course c = course.in(lang);
            entries.add(new FeedEntry(c.title(), index.coursePath(course), Dates.iso(c.publishedAt()), c.description()));
        }
        entries.sort(Comparator.comparing((FeedEntry e) -> Objects.requireNonNullElse(e.published(), ""))
                .reversed().thenComparing(FeedEntry::path));
        return entries;
    }

    // ---- courses and lessons

    private CourseCard coursePage(Translations<Course> course) {
        Course c = course.in(lang);
        List<CourseOutline.Part> outline = index.outline(course, lang);
        List<SectionView> sections = outlineOf(course, outline);
        int lessonCount = outline.stream().mapToInt(p -> p.items().size()).sum();
        LinkRef quiz = quizLink(c.quizSlug() != null ? c.quizSlug() : course.original().quizSlug(), c);
        String path = index.coursePath(course);
        LinkRef category = new LinkRef(categoryName(c), SitePaths.SERIES);
        CourseCard card = new CourseCard(c.title(), path, c.description(), c.level(), hours(c.durationHours()), lessonCount,
                tagRefs(c.tags()), quiz, contentLang(course), category);
        RenderedBody body = body(c.source().path());
        LinkRef first = sections.stream().flatMap(s -> s.lessons().stream()).filter(e -> e.path() != null)
                .findFirst().map(e -> new LinkRef(e.title(), e.path())).orElse(null);
        CourseView view = new CourseView(card.title(), path, card.description(), card.level(), card.durationHours(),
                lessonCount, card.tags(), quiz, card.contentLang(), category, sections, body.htmlOrNull(), body.toc(),
                c.author() == null ? null : c.author().name(), Dates.display(c.publishedAt(), lang), first);
        addContent(path, "course", c.title(), c.description(), course, c.source().path(), body,
                List.of(home(), new Crumb(null, "nav_courses", SitePaths.SERIES), new Crumb(c.title(), null, null)),
                Dates.iso(c.publishedAt()), Map.of("course", view));
        for (Tag tag : c.tags()) {
            bucket(tag).courses().add(card);
        }
        index(new SearchIndex.Doc(c.title(), path, "course", category.title(), card.contentLang()), body.toc(),
                c.description(), body.words(), body.textStart());
        return card;
    }

    private void lessonPage(Translations<Course> course, Translations<Lesson> lesson) {
        Lesson l = lesson.in(lang);
        Course c = course.in(lang);
        String path = index.lessonPath(lesson);
        List<SectionView> plain = outlineOf(course, index.outline(course, lang));
        List<SectionView> sections = cache == null ? markCurrent(plain, path)
                : cache.marked(plain, path, () -> markCurrent(plain, path));
        List<LessonEntry> linear = sections.stream().flatMap(s -> s.lessons().stream())
                .filter(e -> e.path() != null).toList();
        int at = -1;
        for (int i = 0; i < linear.size(); i++) {
            if (linear.get(i).current()) {
                at = i;
            }
        }
        LinkRef prev = at > 0 ? ref(linear.get(at - 1)) : null;
        LinkRef next = at >= 0 && at < linear.size() - 1 ? ref(linear.get(at + 1)) : null;
        String sectionTitle = sections.stream().filter(s -> s.lessons().stream().anyMatch(LessonEntry::current))
                .map(SectionView::title).findFirst().orElse(l.sectionTitle());
        RenderedBody body = body(l.source().path());
        String coursePath = index.coursePath(course);
        LinkRef quiz = quizLink(c.quizSlug() != null ? c.quizSlug() : course.original().quizSlug(), null);
        LessonView view = new LessonView(l.title(), l.description(), l.durationMinutes(), body.htmlOrNull(), body.toc(),
                new LinkRef(c.title(), coursePath), sectionTitle, sections, prev, next, quiz, contentLang(lesson));
        index(new SearchIndex.Doc(l.title(), path, "lesson",
                        sectionTitle == null || sectionTitle.isBlank() ? c.title() : c.title() + " › " + sectionTitle,
                        contentLang(lesson)), body.toc(), l.description(), body.words(), body.textStart());
        addContent(path, "lesson", l.title(), l.description(), lesson, l.source().path(), body,
                List.of(home(), new Crumb(null, "nav_courses", SitePaths.SERIES), new Crumb(c.title(), null, coursePath),
                        new Crumb(l.title(), null, null)),
                null, Map.of("lesson", view));
    }

    /**
     * A course's outline with no lesson marked current, made once per course and build; in a preview, the
     * very list of the last build while it is unchanged, so comparing pages with the last build is cheap.
     */
    private List<SectionView> outlineOf(Translations<Course> course, List<CourseOutline.Part> outline) {
        return outlines.computeIfAbsent(course, c -> {
            List<SectionView> made = sections(outline);
            return cache == null ? made : cache.outline(lang + " " + index.coursePath(c), made);
        });
    }

    /** The outline as a lesson page shows it: that lesson's entry marked current. */
    static List<SectionView> markCurrent(List<SectionView> outline, String lessonPath) {
        List<SectionView> marked = new ArrayList<>(outline.size());
        for (SectionView section : outline) {
            List<LessonEntry> entries = new ArrayList<>(section.lessons().size());
            for (LessonEntry e : section.lessons()) {
                entries.add(lessonPath.equals(e.path()) ? new LessonEntry(e.title(), e.path(), e.durationMinutes(),
                        e.description(), true, e.comingSoon(), e.contentLang()) : e);
            }
            marked.add(new SectionView(section.title(), section.description(), entries));
        }
        return marked;
    }

    private List<SectionView> sections(List<CourseOutline.Part> outline) {
        List<SectionView> sections = new ArrayList<>();
        for (CourseOutline.Part part : outline) {
            List<LessonEntry> entries = new ArrayList<>();
            for (CourseOutline.Item item : part.items()) {
                if (item.lesson() == null) {
                    entries.add(new LessonEntry(item.listed().title() != null ? item.listed().title() : item.listed().ref(),
                            null, item.listed().durationMinutes(), item.listed().description(), false, true, null));
                    continue;
                }
                Lesson l = item.lesson().in(lang);
                Integer minutes = l.durationMinutes() != null ? l.durationMinutes()
                        : item.listed() == null ? null : item.listed().durationMinutes();
                entries.add(new LessonEntry(l.title(), index.lessonPath(item.lesson()), minutes, l.description(),
                        false, false, contentLang(item.lesson())));
            }
            sections.add(new SectionView(part.title(), part.description(), entries));
        }
        return sections;
    }

    private static LinkRef ref(LessonEntry entry) {
        return new LinkRef(entry.title(), entry.path());
    }

    // ---- quizzes

    private LinkRef quizLink(String quizSlug, Course reporter) {
        if (quizSlug == null) {
            return null;
        }
        Translations<QuizBank> quiz = index.quizBySlug(quizSlug);
        if (quiz == null) {
            if (reporter != null && !index.failed.anyQuiz()) {
                diagnostics.warning(reporter.source().path(), 1, 1, "quiz_slug '" + quizSlug
                        + "' names no quiz bank in data/quizzes/: no quiz link shown");
            }
            return null;
        }
        return new LinkRef(quiz.in(lang).title(), SitePaths.quiz(quiz.original().slug()));
    }

    private QuizCard quizPage(Translations<QuizBank> quiz) {
        QuizBank q = quiz.in(lang);
        Translations<Course> course = index.courseOfQuiz(quiz);
        LinkRef courseLink = course == null ? null : new LinkRef(course.in(lang).title(), index.coursePath(course));
        String path = SitePaths.quiz(quiz.original().slug());
        QuizCard card = new QuizCard(q.title(), q.description(), path, q.questions().size(), q.durationMinutes(),
                q.passingScore(), q.provider(), q.level(), courseLink, q.textLang());
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        q.domains().forEach(d -> perDomain.put(d.name(), 0));
        q.questions().forEach(x -> perDomain.merge(Objects.requireNonNullElse(x.domain(), ""), 1, Integer::sum));
        List<DomainView> domains = q.domains().stream()
                .map(d -> new DomainView(d.name(), d.weight(), perDomain.getOrDefault(d.name(), 0))).toList();
        List<QuestionView> questions = cache == null ? questionViews(q) : cache.questions(q, PageBuilder::questionViews);
        Map<String, Object> data = quizData(quiz, q, course, path);
        String json = cache == null ? ScriptJson.of(data) : cache.json(q, List.of(data.get("slug"), data.get("domains")), () -> ScriptJson.of(data));
        QuizView view = new QuizView(q.title(), q.description(), path, card.questionCount(), q.durationMinutes(),
                q.passingScore(), q.provider(), q.level(), courseLink, q.textLang(), q.textLang(), domains, questions,
                json);
        boolean untranslated = !quiz.hasOwn(lang) && !q.textLang().equals(lang);
        add(path, "quiz", q.source().path(), q.title(), null, q.description(), q.textLang(), untranslated,
                quiz.originalLang(),
                List.of(home(), new Crumb(null, "nav_quizzes", SitePaths.QUIZZES), new Crumb(q.title(), null, null)),
                null, false, Map.of("quiz", view));
        for (Tag tag : q.tags()) {
            bucket(tag).quizzes().add(card);
        }
        String domainNames = String.join(" · ", q.domains().stream().map(QuizDomain::name).toList());
        index(new SearchIndex.Doc(q.title(), path, "quiz", courseLink == null ? null : courseLink.title(),
                q.textLang()), List.of(), q.description(), CountedWords.of(domainNames), PackedText.of(domainNames));
        return card;
    }

    /** Every question as the page lists it without JavaScript: escaped text, code spans, lettered options. */
    private static List<QuestionView> questionViews(QuizBank q) {
        List<QuestionView> questions = new ArrayList<>();
        int number = 0;
        for (Question question : q.questions()) {
            number++;
            List<OptionView> options = new ArrayList<>();
            for (int i = 0; i < question.options().size(); i++) {
                options.add(new OptionView(String.valueOf(LETTERS.charAt(i % 26)),
                        InlineCode.toHtml(question.options().get(i)), i == question.correct()));
            }
            questions.add(new QuestionView(number, question.domain(), InlineCode.toHtml(question.question()), options,
                    InlineCode.toHtml(question.explanation())));
        }
        return List.copyOf(questions);
    }

    /** The bank as the page's script reads it; lesson links relative to the quiz page. */
    private Map<String, Object> quizData(Translations<QuizBank> quiz, QuizBank q, Translations<Course> course,
                                         String quizPath) {
        String up = "../".repeat(quizPath.split("/").length);
        List<Map<String, Object>> domains = new ArrayList<>();
        for (QuizDomain domain : q.domains()) {
            List<Map<String, Object>> lessons = new ArrayList<>();
            for (LessonLink link : domain.lessons()) {
                Translations<Lesson> lesson = findLesson(course, link, q);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("title", lesson != null ? lesson.in(lang).title()
                        : Objects.requireNonNullElse(link.title(), link.ref()));
                entry.put("href", lesson != null ? up + index.lessonPath(lesson) : null);
                lessons.add(entry);
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", domain.name());
            d.put("weight", domain.weight());
            d.put("lessons", lessons);
            domains.add(d);
        }
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question question : q.questions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", question.id());
            x.put("domain", question.domain());
            x.put("question", question.question());
            x.put("options", question.options());
            x.put("correct", question.correct());
            x.put("explanation", question.explanation());
            questions.add(x);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", quiz.original().slug());
        data.put("title", q.title());
        data.put("lang", q.textLang());
        data.put("durationMinutes", q.durationMinutes());
        data.put("passingScore", q.passingScore());
        data.put("questions", questions);
        data.put("domains", domains);
        return data;
    }

    /** A quiz's lesson reference: in its course, else anywhere; a name that is nowhere is reported. */
    private Translations<Lesson> findLesson(Translations<Course> course, LessonLink link, QuizBank q) {
        Diagnostics sink = lang.equals(index.source.config().defaultLanguage()) ? diagnostics : new Diagnostics();
        int line = link.line();
        List<Translations<Course>> candidates = course != null ? List.of(course) : index.courses;
        for (Translations<Course> c : candidates) {
            Translations<Lesson> found = index.finders.get(c).find(link.ref(), q.source().path(), line, sink);
            if (found != null) {
                return found;
            }
            boolean listed = c.all().stream().flatMap(v -> v.sections().stream())
                    .flatMap(s -> s.lessons().stream()).anyMatch(s -> s.ref().equals(link.ref()));
            if (listed) {
                return null;
            }
        }
        if (course != null ? index.failed.lessonFailedIn(courseFolder(course)) : index.failed.anyCourse()) {
            return null;
        }
        sink.warning(q.source().path(), line, 1, "lesson '" + link.ref() + "' named in the quiz's domains is not a lesson"
                + (course != null ? " of course " + course.original().slug() : " of any course"));
        return null;
    }

    private static String courseFolder(Translations<Course> course) {
        String path = course.original().source().path();
        return path.substring(0, path.lastIndexOf('/'));
    }

    // ---- blog and tags

    private PostCard postPage(Translations<BlogPost> post) {
        BlogPost p = post.in(lang);
        String path = SitePaths.post(post.original().slug());
        PostCard card = new PostCard(p.title(), p.excerpt(), path, Dates.display(p.publishedAt(), lang),
                Dates.iso(p.publishedAt()), p.readingTime(), tagRefs(p.tags()), contentLang(post));
        RenderedBody body = body(p.source().path());
        PostView view = new PostView(card.title(), card.excerpt(), path, card.date(), card.dateIso(), card.readingTime(),
                card.tags(), card.contentLang(), body.htmlOrNull(), body.toc(), p.author() == null ? null : p.author().name());
        addContent(path, "post", p.title(), p.excerpt(), post, p.source().path(), body,
                List.of(home(), new Crumb(null, "nav_blog", SitePaths.BLOG), new Crumb(p.title(), null, null)),
                Dates.iso(p.publishedAt()), Map.of("post", view));
        for (Tag tag : p.tags()) {
            bucket(tag).posts().add(card);
        }
        index(new SearchIndex.Doc(p.title(), path, "post", card.date(), card.contentLang()), body.toc(),
                p.excerpt(), body.words(), body.textStart());
        return card;
    }

    private void tagPages() {
        List<TagSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, TagBucket> entry : tags.entrySet()) {
            TagBucket b = entry.getValue();
            String path = SitePaths.tag(entry.getKey());
            summaries.add(new TagSummary(b.name(), path, b.courses().size() + b.posts().size() + b.quizzes().size()));
            add(path, "tag", template("tag"), b.name(), null, null, lang, false, lang,
                    List.of(home(), new Crumb(null, "nav_tags", SitePaths.TAGS), new Crumb(b.name(), null, null)), null,
                    false, Map.of("tag", new TagView(b.name(), b.courses(), b.posts(), b.quizzes())));
        }
        summaries.sort(Comparator.comparing((TagSummary t) -> Slugify.fold(t.name())).thenComparing(TagSummary::path));
        add(SitePaths.TAGS, "tags", null, "nav_tags", null,
                List.of(home(), new Crumb(null, "nav_tags", null)), Map.of("tags", summaries));
    }

    private TagBucket bucket(Tag tag) {
        return tags.computeIfAbsent(tag.slug(),
                slug -> new TagBucket(tag.name(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    private List<TagRef> tagRefs(List<Tag> list) {
        return list.stream().map(t -> new TagRef(t.name(), SitePaths.tag(t.slug()))).toList();
    }

    // ---- shared

    private List<CategoryGroup> categories(List<CourseCard> cards) {
        Map<String, List<CourseCard>> byName = new LinkedHashMap<>();
        for (CourseCard card : cards) {
            byName.computeIfAbsent(card.category().title(), k -> new ArrayList<>()).add(card);
        }
        List<CategoryGroup> groups = new ArrayList<>();
        byName.forEach((name, list) -> groups.add(new CategoryGroup(name, SitePaths.SERIES, list)));
        return groups;
    }

    private String categoryName(Course c) {
        if (c.category() != null && c.category().name() != null) {
            return c.category().name();
        }
        String dir = c.categoryDir();
        return dir.isEmpty() ? dir : Character.toUpperCase(dir.charAt(0)) + dir.substring(1).replace('-', ' ');
    }

    /**
     * Adds a page to the search index: {@code extra} (a description) and then a text, of which the
     * words were counted and the start kept. Its terms are made later, on all cores, or taken from the
     * preview's cache.
     */
    private void index(SearchIndex.Doc doc, List<io.buildsite.render.TocEntry> headings, String extra,
                       CountedWords words, PackedText textStart) {
        search.add(doc, SearchIndexBuilder.textOf(headings, extra, textStart), cache == null
                ? () -> DocTerms.of(doc.title(), headings, extra, words)
                : () -> cache.terms(doc.title(), headings, extra, words));
    }

    /** {@code 35.0} shows as {@code 35}, {@code 2.5} as {@code 2.5}. */
    private static String hours(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private RenderedBody body(String sourcePath) {
        return bodies.getOrDefault(sourcePath, RenderedBody.EMPTY);
    }

    private String contentLang(Translations<?> item) {
        return item.hasOwn(lang) ? lang : item.originalLang();
    }

    private Crumb home() {
        return new Crumb(null, "nav_home", SitePaths.HOME);
    }

    /** A page showing a rendered body: it needs the highlighter when the body has code. */
    private void addContent(String path, String kind, String title, String description, Translations<?> item,
                            String source, RenderedBody body, List<Crumb> crumbs, String updated,
                            Map<String, Object> vars) {
        add(path, kind, source, title, null, description, contentLang(item), !item.hasOwn(lang), item.originalLang(),
                crumbs, updated, !body.codeLanguages().isEmpty(), vars);
    }

    private void add(String path, String kind, String title, String titleKey, String description, List<Crumb> crumbs,
                     Map<String, Object> vars) {
        add(path, kind, template(kind), title, titleKey, description, lang, false, lang, crumbs, null, false, vars);
    }

    private static String template(String kind) {
        return "templates/" + kind + ".peb";
    }

    private void add(String path, String kind, String source, String title, String titleKey, String description,
                     String contentLang, boolean untranslated, String originalLang, List<Crumb> crumbs, String updated,
                     boolean hasCode, Map<String, Object> vars) {
        pages.add(new PagePlan(lang, path, kind, source, title, titleKey, description, contentLang, untranslated,
                originalLang, crumbs, updated, hasCode, vars));
    }
}
